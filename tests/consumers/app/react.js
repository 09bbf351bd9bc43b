// Two React components that each ask useGongji() for the engine: the wasm
// must be fetched once.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { useGongji } from './react-use-gongji/useGongji.js';
import { readmeAnswer } from './answer.js';

function Answer() {
  const gongji = useGongji();
  return gongji ? h('pre', { className: 'answer' }, readmeAnswer(gongji)) : h('p', null, '加载中…');
}

createRoot(document.querySelector('#react')).render([h(Answer, { key: 1 }), h(Answer, { key: 2 })]);
