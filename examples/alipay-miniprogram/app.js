const { createGongji } = require('./gongji-client.js');

App({
  onLaunch() {
    this.gongji = createGongji();
  },
});
