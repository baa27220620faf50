/**
 * Stock phrases of gazette prose, recombined at random into regulations, chronicles and policy
 * measures. The combinations are invented; the point is prose of the right texture and length.
 */

export const TOPICS = [
  '城市绿化', '农村供水', '养老服务', '住房公积金', '公共数据', '物业服务', '地下管线', '户外广告',
  '政府投资项目', '河湖管护', '校园安全', '食品安全', '燃气安全', '冬季供暖', '秸秆综合利用', '营商环境',
  '数字政府', '乡村振兴', '文物保护', '全民健身', '城乡环卫', '粮食储备', '森林防火', '职业技能培训',
];

export const VERBS = ['加强', '完善', '推进', '健全', '落实', '优化', '提升', '强化', '规范', '深化'];

export const OBJECTS = [
  '监管机制', '服务体系', '基础设施建设', '应急处置能力', '信息共享平台', '考核评价办法', '工作责任制',
  '资金保障', '队伍建设', '宣传引导', '风险排查', '协调联动机制', '标准体系', '督导检查',
];

export const PURPOSES = [
  '确保各项任务按期完成', '切实提高群众满意度', '为经济社会高质量发展提供有力支撑', '不断增强群众获得感',
  '推动工作取得实效', '形成上下联动的工作格局', '筑牢安全底线', '提升公共服务均等化水平',
];

export const LEADS = ['各地各部门要', '有关单位要', '相关部门要', '各责任单位要', '各级各有关部门要'];

export const METHODS = [
  '建立台账、定期调度', '分级分类、精准施策', '线上线下同步推进', '清单化管理、项目化推进', '市县联动、部门协同',
];

export const MEETINGS = ['政府常务会议', '政府党组会议', '工作推进会', '专题调度会', '视频会议'];
