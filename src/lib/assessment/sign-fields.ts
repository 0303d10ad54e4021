/** The signature line under a printed self-check sheet, blank or filled. */
export const SIGN_FIELDS = ['填报单位（盖章）：', '填表人：', '审核人：', '日期：　　年　　月　　日'] as const;
