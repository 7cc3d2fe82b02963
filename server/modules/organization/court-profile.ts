// What an images-only court's record says where CLETS/CARPOS work does not apply (docs/domain.md#court-profiles).
export const IMAGES_ONLY_DEPENDENCY_REASON = 'Images-only court: CLETS/CARPOS transmission through the CCPOR gateway does not apply.';
export const IMAGES_ONLY_CASE_REASON = 'Images-only court: CARPOS transmission through the CCPOR gateway does not apply.';
/** The note of the attempt that puts a CARPOS case back to be tested when a court sends data again. */
export const DATA_AND_IMAGES_RETEST_REASON = 'The court now sends order data and images: CARPOS transmission applies and must be tested.';
