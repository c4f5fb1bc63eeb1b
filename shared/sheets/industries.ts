/**
 * The 20 industry classes of 闽人社办〔2023〕70号 附件5《行业分类标准》, spelled exactly as the
 * notice prints them: 附件3's 所属行业 must be one of these.
 */
export const industries = [
  '农、林、牧、渔业',
  '采矿业',
  '制造业',
  '电力、燃气及水的生产和供应业',
  '建筑业',
  '交通运输、仓储和邮政业',
  '信息传输、计算机服务和软件业',
  '批发和零售业',
  '住宿和餐饮业',
  '金融业',
  '房地产业',
  '租赁和商务服务业',
  '科学研究、技术服务和地质勘查业',
  '水利、环境和公共设施管理业',
  '居民服务和其他服务业',
  '教育',
  '卫生、社会保障和社会福利业',
  '文化、体育和娱乐业',
  '公共管理和社会组织',
  '国际组织',
] as const;
export type Industry = (typeof industries)[number];

export function isIndustry(value: string): value is Industry {
  return (industries as readonly string[]).includes(value);
}
