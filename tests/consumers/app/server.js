// A server module (the shape of a Next.js route or a Nuxt server handler):
// bundled by webpack with target 'node', it must find the wasm it emitted.
import init, * as gongji from 'gongji';
import { readmeAnswer } from './answer.js';

init().then(() => console.log(readmeAnswer(gongji)));
