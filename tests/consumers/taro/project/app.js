// Taro's app (React): the app logs gongji's answer as it starts; the page
// shows it.
import { answer } from './load-gongji.js';

answer.then((text) => console.log(text), (e) => console.error(`${e.code}: ${e.message}`));

export default function App({ children }) {
  return children;
}
