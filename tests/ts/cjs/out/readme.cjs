"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
// The README's example, compiled by TypeScript to CommonJS and run by node:
// `import init from 'gongji'` must reach the package's default export
// through TypeScript's CommonJS interop (it crashed with "(0 ,
// gongji_1.default) is not a function" before the node entry declared
// __esModule).
const gongji_1 = __importStar(require("gongji"));
async function main() {
    await (0, gongji_1.default)();
    const preview = (0, gongji_1.previewSettlement)({
        policy: 'shanghai', asOf: '2025-03-10',
        member: { relation: 'parent', person: { id: 'mum', scheme: 'resident', region: '310104' } },
        fund: { balance: '800.00', modes: ['payment'] },
        expense: { amount: '1000.00', kind: 'outpatient' },
    });
    console.log(JSON.stringify(preview.split));
    try {
        (0, gongji_1.previewSettlement)({ policy: 'shanghai', asOf: '2025-13-01' });
    }
    catch (e) {
        if (e instanceof gongji_1.GongjiError)
            console.log(e.code, e.path);
    }
}
main();
