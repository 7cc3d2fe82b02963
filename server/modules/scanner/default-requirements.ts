import { RequirementRule } from '../../../rules/scanner';
import { RequirementCategory, RequirementOperator, ScannerFact } from './scanner.enums';

const { HARDWARE, CONFIGURATION } = RequirementCategory;

/** Version 1 of the scanner requirements, seeded as reference data. */
export const DEFAULT_SCANNER_REQUIREMENTS: RequirementRule[] = [
  { key: 'OPTICAL_RESOLUTION', category: HARDWARE, description: 'Optical resolution of at least 300 dpi.', fact: ScannerFact.OPTICAL_RESOLUTION_DPI, operator: RequirementOperator.AT_LEAST, minimum: 300 },
  { key: 'DUPLEX', category: HARDWARE, description: 'Scans both sides of a page in one pass (duplex).', fact: ScannerFact.DUPLEX, operator: RequirementOperator.IS_TRUE },
  { key: 'DOCUMENT_FEEDER', category: HARDWARE, description: 'Automatic document feeder for multi-page orders.', fact: ScannerFact.AUTOMATIC_DOCUMENT_FEEDER, operator: RequirementOperator.IS_TRUE },
  { key: 'CONNECTION', category: HARDWARE, description: 'Connected to the workstation by USB or on the network.', fact: ScannerFact.CONNECTION, operator: RequirementOperator.ANY_OF, anyOf: ['USB', 'NETWORK'] },
  { key: 'DRIVER', category: CONFIGURATION, description: 'A TWAIN or ISIS driver is installed (WIA alone is not enough).', fact: ScannerFact.DRIVERS, operator: RequirementOperator.ANY_OF, anyOf: ['TWAIN', 'ISIS'] },
  { key: 'SCAN_PROFILE', category: CONFIGURATION, description: 'The CCPOR scan profile is set: 300 dpi, black and white, PDF.', fact: ScannerFact.SCAN_PROFILE_SET, operator: RequirementOperator.IS_TRUE },
  { key: 'TEST_SCAN', category: CONFIGURATION, description: 'A test scan of an order succeeded.', fact: ScannerFact.TEST_SCAN_OUTCOME, operator: RequirementOperator.ANY_OF, anyOf: ['PASSED'] },
];
