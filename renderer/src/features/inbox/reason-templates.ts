// Reasons reviewers give most often, offered in the decision form's picker.

export const commonReturnReasons = [
  '证明材料不完整，请补充上传',
  '证明材料不清晰，请重新上传',
  '学时填写有误，请按实际学时修改',
  '培训时间与证明材料不一致',
  '类别选择有误，请重新选择',
] as const;

export const commonRejectReasons = [
  '不属于继续教育学时认定范围',
  '同一成果已计算过学时',
  '培训项目未按规定提前备案',
  '证明材料经核实不属实',
] as const;
