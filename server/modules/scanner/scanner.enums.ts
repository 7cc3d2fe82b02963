import { registerEnumType } from 'type-graphql';
import { ScannerConnection, ScannerDriver, TestScanOutcome, RequirementCategory, ScannerFact, RequirementOperator, ScannerVerdict, ScannerAssessmentStatus } from '../../../rules/enums';

export { ScannerConnection, ScannerDriver, TestScanOutcome, RequirementCategory, ScannerFact, RequirementOperator, ScannerVerdict, ScannerAssessmentStatus };

registerEnumType(ScannerConnection, {
  name: 'ScannerConnection',
  description: 'How a scanner is connected to its workstation.',
  valuesConfig: {
    USB: { description: 'USB cable to the workstation.' },
    NETWORK: { description: 'On the network.' },
    OTHER: { description: 'Anything else, e.g. SCSI or FireWire on older scanners.' },
  },
});

registerEnumType(ScannerDriver, {
  name: 'ScannerDriver',
  description: 'A scanner driver standard installed on the workstation.',
  valuesConfig: {
    TWAIN: { description: 'TWAIN driver.' },
    ISIS: { description: 'ISIS driver.' },
    WIA: { description: 'Windows Image Acquisition driver.' },
  },
});

registerEnumType(TestScanOutcome, {
  name: 'TestScanOutcome',
  description: 'Outcome of a test scan of an order from the workstation.',
  valuesConfig: {
    NOT_RUN: { description: 'No test scan yet.' },
    PASSED: { description: 'The test scan produced a readable image.' },
    FAILED: { description: 'The test scan failed or was unreadable.' },
  },
});

registerEnumType(RequirementCategory, {
  name: 'RequirementCategory',
  description: 'What missing a scanner requirement costs: a new scanner, or set-up work.',
  valuesConfig: {
    HARDWARE: { description: 'A property of the device; missing it means replacing the scanner.' },
    CONFIGURATION: { description: 'Set-up of the scanner or workstation; missing it means configuring it.' },
  },
});

registerEnumType(ScannerFact, {
  name: 'ScannerFact',
  description: 'A recorded fact of a workstation’s scanner that a requirement tests.',
  valuesConfig: {
    OPTICAL_RESOLUTION_DPI: { description: 'Optical resolution in dpi (a number).' },
    DUPLEX: { description: 'Scans both sides in one pass (yes/no).' },
    AUTOMATIC_DOCUMENT_FEEDER: { description: 'Has an automatic document feeder (yes/no).' },
    COLOUR: { description: 'Scans in colour (yes/no).' },
    CONNECTION: { description: 'Connection (a ScannerConnection).' },
    DRIVERS: { description: 'Drivers installed (a list of ScannerDriver).' },
    SCAN_PROFILE_SET: { description: 'The CCPOR scan profile is set (yes/no).' },
    TEST_SCAN_OUTCOME: { description: 'Outcome of the test scan (a TestScanOutcome).' },
  },
});

registerEnumType(RequirementOperator, {
  name: 'RequirementOperator',
  description: 'How a requirement tests its fact.',
  valuesConfig: {
    AT_LEAST: { description: 'A number fact is at least `minimum`.' },
    IS_TRUE: { description: 'A yes/no fact is yes.' },
    ANY_OF: { description: 'The fact (or, for a list, any of its items) is one of `anyOf`.' },
  },
});

registerEnumType(ScannerVerdict, {
  name: 'ScannerVerdict',
  description: 'Whether a workstation’s scanner will do for CCPOR, against the scanner requirements.',
  valuesConfig: {
    MEETS: { description: 'Every requirement is met.' },
    NEEDS_CONFIGURATION: { description: 'Only configuration requirements are missed: set it up.' },
    REPLACE: { description: 'A hardware requirement is missed: the scanner must be replaced.' },
  },
});

registerEnumType(ScannerAssessmentStatus, {
  name: 'ScannerAssessmentStatus',
  description: 'Whether the assessment of a location is still being recorded.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Workstations are still being recorded.' },
    COMPLETED: { description: 'Every workstation of the location has been assessed.' },
  },
});
