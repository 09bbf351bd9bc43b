// The page's side: ask gongji through messages to the Worker
// (workers/index.js); where no Worker can be made, gongji runs right here on
// the main thread through its JS build (no MYWebAssembly on Alipay's main
// thread), the same to the fen. Either way: await client.call(name, request).
function createGongji() {
  let worker = null;
  try {
    worker = typeof my !== 'undefined' && typeof my.createWorker === 'function' ? my.createWorker('workers/index.js') : null;
  } catch (e) {
    worker = null;
  }
  if (!worker) return mainThread();
  let next = 0;
  const pending = {};
  worker.onMessage(({ id, answer, error }) => {
    const p = pending[id];
    delete pending[id];
    if (!p) return;
    if (error) {
      const e = new Error(error.message);
      e.name = 'GongjiError';
      e.code = error.code;
      if (error.path !== undefined) e.path = error.path;
      p.reject(e);
    } else {
      p.resolve(answer);
    }
  });
  return {
    where: 'worker',
    call(call, request) {
      return new Promise((resolve, reject) => {
        next += 1;
        pending[next] = { resolve, reject };
        worker.postMessage({ id: next, call, request });
      });
    },
  };
}

// The plain-JS fallback: gongji's mini-program entry picks its JS build.
function mainThread() {
  const gongji = require('gongji');
  const ready = gongji.init();
  return {
    where: 'main',
    call(call, request) {
      return ready.then(() => (call === 'engine' ? gongji.engine() : gongji[call](request)));
    },
  };
}

module.exports = { createGongji };
