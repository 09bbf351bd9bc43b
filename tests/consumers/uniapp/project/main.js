// uni-app's entry (Vue 3): the app logs gongji's answer as it starts; the
// page shows it.
import { createSSRApp } from 'vue';
import App from './App.vue';
import { answer } from './load-gongji.js';

answer.then((text) => console.log(text), (e) => console.error(`${e.code}: ${e.message}`));

export function createApp() {
  return { app: createSSRApp(App) };
}
