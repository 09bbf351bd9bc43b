export default { navigationBarTitleText: 'gongji' };
