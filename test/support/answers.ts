/** Complete, valid answers to the seeded questionnaires (version 1). */
export const BUSINESS_OPERATION_ANSWERS = {
  orderVolumes: [{ orderType: 'DOMESTIC_VIOLENCE', monthlyVolume: 140 }, { orderType: 'CIVIL_HARASSMENT', monthlyVolume: 35 }],
  intakeWorkflow: 'Self-help centre prepares the DV-100; the clerk files it and the judge signs the same day.',
  scanningWorkflow: 'Clerks scan signed orders at the end of the day into the case management system.',
  staffCount: 12,
  businessHours: '8:00–16:00; the duty judge signs emergency orders after hours.',
  caseManagementSystem: 'Tyler Odyssey 2025',
  networkInventory: '100 Mbit/s to the CCTC, one firewall, no proxy.',
  workstations: [{ location: 'Family law clerk’s office', count: 4, operatingSystem: 'Windows 11', browser: 'Edge' }],
  cletsAccess: false,
  carposAccess: false,
};

export const SCOPE_ANSWERS = {
  issuingDepartments: ['FAMILY', 'CIVIL', 'CRIMINAL'],
  carposSubmitter: 'SHERIFF',
  cletsAuthorisedStaff: false,
  sheriffDelivery: ['FAX', 'HAND_DELIVERY'],
  localOrderSystem: 'Tyler Odyssey',
  localOrderSystemKeeps: 'BOTH',
  scannersOnHand: 3,
  scannersPlanned: 1,
};

export const TRAINING_ANSWERS = {
  preferredDates: [{ date: '2027-03-01', timeOfDay: 'MORNING' }],
  preferredMode: 'CLASSROOM',
  trainTheTrainer: true,
  trainerCount: 2,
  endUserCount: 25,
  trainingRoom: false,
};
