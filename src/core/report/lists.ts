/**
 * The values of the drop-down lists (data validation) of the standard forms, in one data object
 * so that the file templates and the Excel add-in offer the same choices (FORMS.md).
 */
export const DROPDOWN_LISTS = {
  /** 日程表 类型 */
  activityType: ['专题培训', '课堂学习', '对口考察', '交通', '休整', '其他'],
  /** 日程表 时段 */
  daySlot: ['上午', '下午', '全天', '晚上'],
  /** 培训形式 */
  mode: ['线上', '线下'],
  /** 项目类别 */
  category: ['党政类', '专业技术类', '企业经营管理类', '综合管理类', '一般性专业', '其他'],
  /** 是/否 fields (是否公务员, 是否纳入因公出国（境）经费预算, 是否境外培训合作机构) */
  yesNo: ['是', '否'],
  /** 继续教育 科目类别 */
  ceSubject: ['专业科目', '公需科目'],
  /** 人员名单 性别 */
  gender: ['男', '女'],
} as const satisfies Record<string, readonly string[]>;

export type DropdownList = keyof typeof DROPDOWN_LISTS;
