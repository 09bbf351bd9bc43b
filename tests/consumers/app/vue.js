// Two Vue components that each ask useGongji() for the engine: the wasm
// must be fetched once.
import { createApp, defineComponent, h } from 'vue';
import { useGongji } from './vue-use-gongji/useGongji.js';
import { readmeAnswer } from './answer.js';

const Answer = defineComponent(() => {
  const { engine } = useGongji();
  return () => (engine.value ? h('pre', { class: 'answer' }, readmeAnswer(engine.value)) : h('p', '加载中…'));
});

createApp(() => [h(Answer), h(Answer)]).mount('#vue');
