import { Criticality, TestArea } from './test-plan.entity';

interface TestCaseSpec {
  key: string;
  title: string;
  area: TestArea;
  preconditions: string;
  steps: string[];
  expectedResult: string;
  criticality: Criticality;
  requiresCarpos?: boolean;
}

const { CRITICAL, MAJOR, MINOR } = Criticality;
const A = TestArea;

// Written from the deployment process: the court enters and scans the Judicial Council forms it
// issues, LEAs query and serve them, and data-and-images courts transmit them to CA DOJ CARPOS
// through the CCPOR gateway. Test data only: never a real party's name or order.
const TEST_PARTIES = 'Test parties "Pat Sample" (protected) and "Alex Testcase" (restrained, DOB 01/01/1980).';

/** Version 1 of the CCPOR Court Acceptance Testing plan. */
export const DEFAULT_CAT_CASES: TestCaseSpec[] = [
  {
    key: 'UA-01', area: A.USER_ACCESS, criticality: CRITICAL,
    title: 'Court clerk signs in with the COURT role',
    preconditions: 'The clerk’s CCPOR account request is ACTIVE with the COURT role.',
    steps: ['Open CCPOR from a court workstation.', 'Sign in with the clerk’s credentials.', 'Open the order entry menu.'],
    expectedResult: 'The clerk is signed in, sees the court’s name, and can open order entry.',
  },
  {
    key: 'UA-02', area: A.USER_ACCESS, criticality: CRITICAL,
    title: 'LEA query-only user cannot enter or change orders',
    preconditions: 'A sheriff’s deputy has an ACTIVE QUERY_ONLY account.',
    steps: ['Sign in as the deputy.', 'Look for order entry, modification and termination actions.', 'Open any order found by search.'],
    expectedResult: 'Search and view are available; entry, modification and termination are not offered.',
  },
  {
    key: 'UA-03', area: A.USER_ACCESS, criticality: CRITICAL,
    title: 'Sealed orders are visible only to users allowed to see them',
    preconditions: 'A sealed DV-110 exists; one user may see sealed orders and one may not.',
    steps: ['Search for the sealed order as the user without sealed access.', 'Repeat as the user with sealed access.'],
    expectedResult: 'The first user does not find the order; the second sees it marked sealed.',
  },
  {
    key: 'UA-04', area: A.USER_ACCESS, criticality: MAJOR,
    title: 'Supervisor unlocks a locked clerk account',
    preconditions: 'A clerk account is locked after failed sign-ins; a SUPERVISOR account exists.',
    steps: ['Sign in as the supervisor.', 'Find the clerk in user administration.', 'Unlock the account.', 'Sign in as the clerk.'],
    expectedResult: 'The clerk can sign in again; the unlock is recorded with the supervisor’s name.',
  },
  {
    key: 'OE-01', area: A.ORDER_ENTRY, criticality: CRITICAL,
    title: 'Enter a DV-110 Temporary Restraining Order',
    preconditions: `A signed DV-110 for the test case. ${TEST_PARTIES}`,
    steps: ['Start a new order and choose DV-110.', 'Enter the case number, protected and restrained persons with descriptors.',
      'Enter the orders granted, stay-away distance, issue and expiration dates.', 'Save the order.'],
    expectedResult: 'The order is saved as active with every field as entered, and appears in search.',
  },
  {
    key: 'OE-02', area: A.ORDER_ENTRY, criticality: CRITICAL,
    title: 'Enter a DV-130 Restraining Order After Hearing',
    preconditions: 'The DV-110 of OE-01 exists; a signed DV-130 for the same case.',
    steps: ['Open the case of OE-01.', 'Add a DV-130 with the hearing date and orders granted.', 'Save the order.'],
    expectedResult: 'The DV-130 is active, the DV-110 shows as replaced by it, and both are in the case history.',
  },
  {
    key: 'OE-03', area: A.ORDER_ENTRY, criticality: MAJOR,
    title: 'Enter a CH-110 Civil Harassment Temporary Restraining Order',
    preconditions: 'A signed CH-110 for a test civil harassment case.',
    steps: ['Start a new order and choose CH-110.', 'Enter parties, orders and dates.', 'Save the order.'],
    expectedResult: 'The order is saved as active with the civil harassment order type.',
  },
  {
    key: 'OE-04', area: A.ORDER_ENTRY, criticality: MAJOR,
    title: 'Enter an EA-110 Elder or Dependent Adult Abuse Temporary Restraining Order',
    preconditions: 'A signed EA-110 for a test elder abuse case.',
    steps: ['Start a new order and choose EA-110.', 'Enter the elder or dependent adult as protected person.', 'Save the order.'],
    expectedResult: 'The order is saved as active with the elder abuse order type.',
  },
  {
    key: 'OE-05', area: A.ORDER_ENTRY, criticality: CRITICAL,
    title: 'Enter a GV-110 Gun Violence Temporary Restraining Order with firearm terms',
    preconditions: 'A signed GV-110 for a test case.',
    steps: ['Start a new order and choose GV-110.', 'Enter the firearm and ammunition prohibition and surrender terms.', 'Save the order.'],
    expectedResult: 'The order is saved as active and shows the firearm prohibition prominently.',
  },
  {
    key: 'OE-06', area: A.ORDER_ENTRY, criticality: MAJOR,
    title: 'Enter a WV-110 Workplace Violence Temporary Restraining Order',
    preconditions: 'A signed WV-110 naming a test employer as petitioner.',
    steps: ['Start a new order and choose WV-110.', 'Enter the employer petitioner and the protected employee.', 'Save the order.'],
    expectedResult: 'The order is saved as active with the employer and the employee both shown.',
  },
  {
    key: 'OE-07', area: A.ORDER_ENTRY, criticality: MAJOR,
    title: 'Entry refuses missing required fields and impossible dates',
    preconditions: 'A clerk is signed in.',
    steps: ['Start a DV-110 and leave the restrained person’s name empty.', 'Enter an expiration date before the issue date.', 'Try to save.'],
    expectedResult: 'The order is not saved; each problem is named next to its field.',
  },
  {
    key: 'OE-08', area: A.ORDER_ENTRY, criticality: MAJOR,
    title: 'Enter a CR-160 Criminal Protective Order – Domestic Violence',
    preconditions: 'A signed CR-160 from a test criminal case.',
    steps: ['Start a new order and choose CR-160.', 'Enter the criminal case number and the orders.', 'Save the order.'],
    expectedResult: 'The order is saved as active with the criminal protective order type.',
  },
  {
    key: 'SC-01', area: A.SCANNING_ATTACHMENT, criticality: CRITICAL,
    title: 'Scan a signed order at 300 dpi and attach it',
    preconditions: 'The workstation scanner passed its scanner assessment (TWAIN or ISIS driver installed); the order of OE-01 exists.',
    steps: ['Open the order of OE-01.', 'Choose scan and attach; scan the signed DV-110.', 'Open the attached image.'],
    expectedResult: 'The image is attached to the order, legible, at least 300 dpi.',
  },
  {
    key: 'SC-02', area: A.SCANNING_ATTACHMENT, criticality: MAJOR,
    title: 'Multi-page duplex scan through the document feeder keeps page order',
    preconditions: 'A five-page, two-sided signed order; the scanner has an ADF and duplex.',
    steps: ['Load the pages in the feeder.', 'Scan duplex and attach to the order.', 'Page through the image.'],
    expectedResult: 'All ten sides are attached in order; blank backs are kept or dropped as configured.',
  },
  {
    key: 'SC-03', area: A.SCANNING_ATTACHMENT, criticality: MAJOR,
    title: 'Attach an order image from a PDF file',
    preconditions: 'A PDF of a signed CH-110 on the workstation.',
    steps: ['Open the order of OE-03.', 'Attach the PDF from disk.', 'Open the attached image.'],
    expectedResult: 'The PDF is attached and displays legibly in the viewer.',
  },
  {
    key: 'SC-04', area: A.SCANNING_ATTACHMENT, criticality: MINOR,
    title: 'Replace a wrongly attached image',
    preconditions: 'An order with an image of the wrong order attached.',
    steps: ['Open the order.', 'Replace the image with the correct scan.', 'Open the order history.'],
    expectedResult: 'The correct image is shown; the replacement is in the history with who and when.',
  },
  {
    key: 'SE-01', area: A.SEARCH, criticality: CRITICAL,
    title: 'Find an order by restrained person’s name and date of birth',
    preconditions: 'The order of OE-01 exists.',
    steps: ['Search by "Testcase, Alex" and DOB 01/01/1980.', 'Open the result.'],
    expectedResult: 'The DV-110 is found with its status and expiration date; the image opens.',
  },
  {
    key: 'SE-02', area: A.SEARCH, criticality: MAJOR,
    title: 'Find orders by case number across courts',
    preconditions: 'Orders of this court and of a court already live exist in the test environment.',
    steps: ['Search by the other court’s test case number.', 'Search by this court’s test case number.'],
    expectedResult: 'Both orders are found, each showing its issuing court.',
  },
  {
    key: 'SE-03', area: A.SEARCH, criticality: CRITICAL,
    title: 'LEA user views an order image from a search result',
    preconditions: 'A deputy with a QUERY_ONLY account; the order of SC-01 with its image.',
    steps: ['Sign in as the deputy.', 'Search for the order.', 'Open its image.'],
    expectedResult: 'The deputy sees the order and its legible image, as a field officer would to verify it.',
  },
  {
    key: 'MT-01', area: A.MODIFICATION_TERMINATION, criticality: CRITICAL,
    title: 'Modify an active order',
    preconditions: 'The DV-130 of OE-02 is active; a signed modification changes the stay-away distance.',
    steps: ['Open the DV-130.', 'Enter the modification and attach its image.', 'Save.'],
    expectedResult: 'The order shows the new terms; the previous terms stay in its history.',
  },
  {
    key: 'MT-02', area: A.MODIFICATION_TERMINATION, criticality: CRITICAL,
    title: 'Terminate an order after dismissal',
    preconditions: 'The CH-110 of OE-03 is active; a signed dismissal.',
    steps: ['Open the CH-110.', 'Terminate it with the dismissal date and attach the dismissal.', 'Search for it.'],
    expectedResult: 'The order shows as terminated on that date and no longer as active in search.',
  },
  {
    key: 'MT-03', area: A.MODIFICATION_TERMINATION, criticality: MAJOR,
    title: 'Extend a temporary order when the hearing is continued',
    preconditions: 'The EA-110 of OE-04 is active; a signed order continuing the hearing (reissuance).',
    steps: ['Open the EA-110.', 'Enter the new hearing and expiration dates.', 'Save.'],
    expectedResult: 'The order stays active with the new expiration date.',
  },
  {
    key: 'PS-01', area: A.PROOF_OF_SERVICE, criticality: MAJOR,
    title: 'Record a DV-200 proof of personal service',
    preconditions: 'The DV-110 of OE-01 is active and unserved; a completed DV-200.',
    steps: ['Open the order.', 'Record service: date, time, server, method personal.', 'Attach the DV-200.'],
    expectedResult: 'The order shows as served on that date, for every user who finds it.',
  },
  {
    key: 'PS-02', area: A.PROOF_OF_SERVICE, criticality: MINOR,
    title: 'Record service by an officer in the field',
    preconditions: 'A deputy with an account allowed to record service; an unserved order.',
    steps: ['Sign in as the deputy.', 'Open the order.', 'Record service by officer with badge number.'],
    expectedResult: 'The order shows as served by the officer, with the agency named.',
  },
  {
    key: 'CP-01', area: A.CARPOS_TRANSMISSION, criticality: CRITICAL, requiresCarpos: true,
    title: 'A new order is transmitted to CARPOS through the gateway',
    preconditions: 'CLETS/CARPOS registration is approved; the gateway is connected to the DOJ test system.',
    steps: ['Enter the DV-110 of OE-01.', 'Watch its transmission status.', 'Open the DOJ acknowledgement.'],
    expectedResult: 'The order is transmitted and acknowledged by CARPOS; the status shows accepted with the DOJ record number.',
  },
  {
    key: 'CP-02', area: A.CARPOS_TRANSMISSION, criticality: CRITICAL, requiresCarpos: true,
    title: 'A modification is transmitted to CARPOS as a modify transaction',
    preconditions: 'The order of CP-01 is accepted by CARPOS.',
    steps: ['Modify the order as in MT-01.', 'Watch its transmission status.'],
    expectedResult: 'CARPOS acknowledges the modification against the same DOJ record.',
  },
  {
    key: 'CP-03', area: A.CARPOS_TRANSMISSION, criticality: CRITICAL, requiresCarpos: true,
    title: 'A termination is transmitted to CARPOS as a cancellation',
    preconditions: 'An order accepted by CARPOS.',
    steps: ['Terminate the order as in MT-02.', 'Watch its transmission status.'],
    expectedResult: 'CARPOS acknowledges the cancellation; the DOJ record is no longer active.',
  },
  {
    key: 'CP-04', area: A.CARPOS_TRANSMISSION, criticality: MAJOR, requiresCarpos: true,
    title: 'Proof of service is transmitted to CARPOS',
    preconditions: 'An order accepted by CARPOS and unserved.',
    steps: ['Record service as in PS-01.', 'Watch its transmission status.'],
    expectedResult: 'CARPOS acknowledges the service update.',
  },
  {
    key: 'DM-01', area: A.DOJ_MESSAGES, criticality: MAJOR, requiresCarpos: true,
    title: 'A CARPOS rejection reaches the DOJ message queue and is corrected',
    preconditions: 'An order entered with a descriptor CARPOS rejects (e.g. an invalid height code).',
    steps: ['Open the DOJ message queue.', 'Open the rejection and follow it to the order.', 'Correct the field and resubmit.'],
    expectedResult: 'The rejection shows the DOJ reason; the corrected order is transmitted and acknowledged.',
  },
  {
    key: 'DM-02', area: A.DOJ_MESSAGES, criticality: MINOR, requiresCarpos: true,
    title: 'Only court users see the DOJ message queue',
    preconditions: 'A clerk (COURT role) and a deputy (QUERY_ONLY) have accounts.',
    steps: ['Open the DOJ message queue as the clerk.', 'Look for it as the deputy.'],
    expectedResult: 'The clerk sees the court’s messages; the deputy is not offered the queue.',
  },
  {
    key: 'PR-01', area: A.PRINTING, criticality: MAJOR,
    title: 'Print an order image and its CCPOR summary',
    preconditions: 'The order of SC-01 with its image; the courtroom printer is installed.',
    steps: ['Open the order.', 'Print the image.', 'Print the order summary.'],
    expectedResult: 'Both print legibly on letter paper with the court name and print date.',
  },
  {
    key: 'PR-02', area: A.PRINTING, criticality: MINOR,
    title: 'Print the list of orders found by a search',
    preconditions: 'A search with several results.',
    steps: ['Run the search of SE-02.', 'Print the result list.'],
    expectedResult: 'The printed list matches the screen, one order per line.',
  },
  {
    key: 'AU-01', area: A.AUDIT, criticality: MAJOR,
    title: 'An order’s history shows who entered, changed and terminated it',
    preconditions: 'The orders of OE-01, MT-01 and MT-02 exist.',
    steps: ['Open each order’s history.'],
    expectedResult: 'Every entry, modification, image and termination is listed with user, date and time.',
  },
  {
    key: 'AU-02', area: A.AUDIT, criticality: MINOR,
    title: 'Viewing a sealed order is recorded',
    preconditions: 'The sealed order of UA-03.',
    steps: ['Open the sealed order as the user allowed to.', 'Open the audit report as an administrator.'],
    expectedResult: 'The view is recorded with the user, date and time.',
  },
];
