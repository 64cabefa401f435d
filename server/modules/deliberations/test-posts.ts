/**
 * A hand-labelled set of posts on one topic (如何改善城区交通出行), as members and residents write
 * them: four matters, six posts each, in words that vary. The labels are a person's reading of each
 * post, not the clustering's output; deliberation-clustering.test.ts checks the groups against them.
 */
export const LABELLED_POSTS: readonly { label: string; text: string }[] = [
  {
    label: 'parking',
    text: '老城区停车位太少，晚上回家经常找不到地方停车，建议利用闲置空地建设立体停车场。',
  },
  { label: 'parking', text: '建议机关单位的停车场在夜间和周末向周边居民开放，缓解小区停车难。' },
  { label: 'parking', text: '医院门口停车难问题突出，车辆排队占道，希望增加停车泊位并实行错峰收费。' },
  { label: 'parking', text: '小区内部停车位被长期占用，僵尸车无人清理，请相关部门牵头治理停车秩序。' },
  { label: 'parking', text: '路边停车收费标准不透明，建议公布停车收费依据，推广智慧停车缴费。' },
  { label: 'parking', text: '商业街周边停车位严重不足，建议规划建设公共停车场，方便群众购物。' },
  { label: 'bus', text: '公交线路覆盖不到新建小区，居民出行要走很远，建议新开公交线路。' },
  { label: 'bus', text: '早晚高峰公交车太挤，发车间隔太长，建议高峰时段加密公交班次。' },
  { label: 'bus', text: '很多公交站台没有遮阳棚和座椅，老人等公交车很辛苦，希望改造公交站台。' },
  { label: 'bus', text: '建议开通社区微循环公交，连接菜市场、医院和地铁站。' },
  { label: 'bus', text: '公交车到站时间不准，建议推广实时公交查询，方便市民安排出行。' },
  { label: 'bus', text: '夜间公交末班车太早，上夜班的职工回家不方便，建议延长公交运营时间。' },
  { label: 'school', text: '学校门口上下学时段接送孩子的车辆太多，交通拥堵严重，建议设置临时接送车位。' },
  { label: 'school', text: '建议在小学门口设置护学岗，安排交警和志愿者在放学时段疏导交通。' },
  { label: 'school', text: '家长接送学生的电动车和汽车挤在校门口，孩子过马路很危险。' },
  { label: 'school', text: '建议学校错峰放学，分年级分时段离校，缓解校门口的接送压力。' },
  { label: 'school', text: '中学周边缺少安全的过街设施，建议在学校附近增设人行天桥或信号灯。' },
  { label: 'school', text: '可以开通定制校车接送学生，减少家长开车到学校门口接送。' },
  { label: 'ebike', text: '电动自行车乱停乱放堵塞人行道，建议划定电动车停放区域。' },
  { label: 'ebike', text: '小区电动车充电桩不够，居民只能飞线充电，存在火灾隐患，建议增设充电桩。' },
  { label: 'ebike', text: '电动车闯红灯、逆行现象普遍，建议加强对电动车交通违法的查处。' },
  { label: 'ebike', text: '外卖骑手的电动车车速太快，建议平台和交警部门共同规范骑手电动车行驶。' },
  { label: 'ebike', text: '楼道里停放电动车给电动车充电很危险，请物业和社区加强电动车安全管理。' },
  { label: 'ebike', text: '建议推广电动车智能充电柜，解决电动车充电难的问题。' },
];
