import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
// The entry by its own name: the same module as 'gongji' here.
import { engine } from 'gongji/miniprogram';
import { answer } from '../../load-gongji.js';

export default function Index() {
  const [text, setText] = useState('加载中…');
  useEffect(() => { answer.then((t) => setText(`${t}\n(${engine()})`)); }, []);
  return <View><Text>{text}</Text></View>;
}
