import { describe, expect, it } from 'vitest';
import { extractFields, fieldValues, plainText } from './extract.ts';
import { ocrPage, textLayerPage } from './test-support.ts';
import type { ReadText } from './types.ts';

const valuesOf = (read: ReadText) => fieldValues(extractFields(read));

describe('extractFields', () => {
  it('reads a sentence-style completion certificate', () => {
    const read = ocrPage([
      '结业证书',
      '孙强同志（身份证号：37085219900102798X）：',
      '于2025年12月14日至2025年12月16日参加基层医疗卫生技术骨干培训班，',
      '完成规定课程，共计29学时，考核合格，特发此证。',
      '证书编号：JX2025869893 福建省专业技术人员继续教育基地',
      '2025年12月20日',
    ]);
    expect(valuesOf(read)).toEqual({
      name: '孙强',
      idNumber: '37085219900102798X',
      hours: 29,
      startDate: '2025-12-14',
      endDate: '2025-12-16',
      organizer: '福建省专业技术人员继续教育基地',
      certificateNo: 'JX2025869893',
    });
  });

  it('reads a table whose labels and values share a line', () => {
    const read = ocrPage([
      '继续教育学时证明',
      '姓名 刘涛 性别 男',
      '身份证号 370872198803136256',
      '培训项目 护理质量管理高级研修班',
      '培训时间 2025年6月12日－14日',
      '学时 9学时',
      '主办单位 威海市继续教育中心',
      '编号 WH-2025-0042',
    ]);
    expect(valuesOf(read)).toEqual({
      name: '刘涛',
      idNumber: '370872198803136256',
      hours: 9,
      startDate: '2025-06-12',
      endDate: '2025-06-14',
      organizer: '威海市继续教育中心',
      certificateNo: 'WH-2025-0042',
    });
  });

  it('reads dotted dates, a dash read as 一 and a No. number from a card layout', () => {
    const read = ocrPage([
      '培训合格证',
      '学员：欧阳秀英',
      '课程：数字技术与人工智能应用专题培训',
      '时间：2025.2.6一2025.2.8',
      '学时：36',
      '发证机构：山东第二医科大学继续教育学院',
      'No.JX2025466501',
    ]);
    expect(valuesOf(read)).toEqual({
      name: '欧阳秀英',
      idNumber: null,
      hours: 36,
      startDate: '2025-02-06',
      endDate: '2025-02-08',
      organizer: '山东第二医科大学继续教育学院',
      certificateNo: 'JX2025466501',
    });
  });

  it('reads Chinese numerals, a lone name line and an unlabelled issuer from a text layer', () => {
    const read = textLayerPage([
      '荣誉证书',
      '王建华',
      '在二〇二四年全省护理技能大赛中|荣获二等奖，计三十二学时。',
      '山东省卫生健康委员会',
      '二〇二四年十一月八日',
    ]);
    expect(valuesOf(read)).toEqual({
      name: '王建华',
      idNumber: null,
      hours: 32,
      startDate: '2024-11-08',
      endDate: '2024-11-08',
      organizer: '山东省卫生健康委员会',
      certificateNo: null,
    });
  });

  it('prefers the stated total over per-subject hours and ignores a daily limit', () => {
    const read = ocrPage([
      '兹证明 李娜 参加2025年度继续教育（每天不超过8学时），',
      '公需科目10学时，专业科目20学时，合计30学时。',
    ]);
    expect(valuesOf(read).hours).toBe(30);
  });

  it('mends digits OCR reads as letters and skips the birth and issue dates', () => {
    const read = ocrPage([
      '姓名：张伟 出生日期：1988年3月2日',
      '证书编号：ZS2O25OO17',
      '考试日期 2025年5月1O日',
      '发证日期：2025年7月1日',
    ]);
    expect(valuesOf(read)).toEqual({
      name: '张伟',
      idNumber: null,
      hours: null,
      startDate: '2025-05-10',
      endDate: '2025-05-10',
      organizer: null,
      certificateNo: 'ZS20250017',
    });
  });

  it('takes no name from a label that names no one', () => {
    expect(valuesOf(ocrPage(['兹派我单位参训人员同志于2025年6月12日报到'])).name).toBeNull();
  });

  it('finds nothing in text without facts', () => {
    expect(valuesOf(ocrPage(['模糊', '###']))).toEqual({
      name: null,
      idNumber: null,
      hours: null,
      startDate: null,
      endDate: null,
      organizer: null,
      certificateNo: null,
    });
  });

  it('gives each field the box where it stands on the page', () => {
    const read = ocrPage(['证书', '姓名：刘涛']);
    expect(extractFields(read).name).toEqual({
      value: '刘涛',
      boxes: [{ page: 0, x: 160, y: 140, width: 40, height: 24 }],
    });
  });

  it('places a field in a run that mixes 汉字 and digits by the room each takes in type', () => {
    // 汉字 and full-width brackets take 12 units, digits and spaces 6: 21 half-widths before the number.
    const text = '兹证明马霞（身份证号 371002197809099084）';
    const read: ReadText = {
      source: 'text_layer',
      pages: [{ width: 595, height: 842 }],
      items: [{ text, box: { page: 0, x: 100, y: 80, width: 6 * 41, height: 14 } }],
    };
    const fields = extractFields(read);
    const [idBox] = fields.idNumber?.boxes ?? [];
    expect({ ...idBox, width: idBox?.width.toFixed(6) }).toEqual({
      page: 0,
      x: 226,
      y: 80,
      width: '108.000000',
      height: 14,
    });
    expect(fields.name?.boxes).toEqual([{ page: 0, x: 136, y: 80, width: 24, height: 14 }]);
  });

  it('gives the text with its gaps, line by line', () => {
    expect(plainText(textLayerPage(['结业证书', '姓名|刘涛']))).toBe('结业证书\n姓名 刘涛');
  });
});
