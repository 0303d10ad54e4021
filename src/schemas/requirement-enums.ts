// The fixed lists of requirement.ts, kept apart so browser scripts can use them without loading zod.
export const SOURCES = ['tiaoli', 'zhibu', 'guihua2019', 'guihua2024', 'fazhan'] as const;
// 党组织: what a Party branch (or any grassroots organisation) itself must do. 党委（党组）: duties laid
// only on 基层党委 and above (市县党委 organising 轮训, 经费, 讲师聘任 …); a branch's calendar cannot rest on those.
export const AUDIENCES = ['全体党员', '支部书记和委员', '新党员与发展对象', '流动党员', '党员领导干部', '党组织', '党委（党组）'] as const;
export const CONFIDENCES = ['A', 'B', 'C', '未核实'] as const;
// How the number is bounded, in the documents' own terms ("一般不少于32学时", "6个月以上").
export const QUALIFIERS = ['至少', '不少于', '不超过', '超过', '以上', '连续', '一般', '一般不少于', '一般不超过'] as const;
