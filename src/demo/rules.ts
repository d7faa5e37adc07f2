// A deterministic demo estate (`pmdesk demo`): units and residents with valid
// ID numbers and phones. Pure: the same seed gives the same estate.
import { idCheckChar } from '../core/identity.js';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力斌宇浩凯鹏飞晨欣怡婷雪琳佳俊峰亮波宁博涵梓轩子墨若汐雨桐';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid GB 11643 ID number for a Shanghai (310xxx) birth date. */
export function demoIdNumber(r: () => number): string {
  const region = `3101${String(1 + Math.floor(r() * 15)).padStart(2, '0')}`;
  const y = 1950 + Math.floor(r() * 50);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const seq = String(Math.floor(r() * 1000)).padStart(3, '0');
  const body = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`;
  return body + idCheckChar(body);
}

export function demoName(r: () => number): string {
  const s = SURNAMES[Math.floor(r() * SURNAMES.length)];
  const n = 1 + Math.floor(r() * 2);
  let g = '';
  for (let i = 0; i < n; i++) g += GIVEN[Math.floor(r() * GIVEN.length)];
  return s + g;
}

export function demoPhone(r: () => number): string {
  const p = ['138', '139', '137', '136', '135', '150', '151', '186', '187', '189', '177', '199'][Math.floor(r() * 12)];
  return p + String(Math.floor(r() * 1e8)).padStart(8, '0');
}

export interface DemoUnit {
  code: string;
  building: string;
  floor: number;
  areaCenti: number;
  status: string;
}

/** Units `A-1-1203`: buildings × entrances × floors × rooms. */
export function demoUnits(r: () => number, buildings: string[], entrances: number, floors: number, rooms: number): DemoUnit[] {
  const out: DemoUnit[] = [];
  for (const b of buildings)
    for (let e = 1; e <= entrances; e++)
      for (let f = 1; f <= floors; f++)
        for (let k = 1; k <= rooms; k++) {
          const x = r();
          const status =
            x < 0.05 ? 'unsold' : x < 0.2 ? 'vacant' : x < 0.3 ? 'handed-over' : x < 0.38 ? 'renovating' : x < 0.9 ? 'occupied' : 'leased';
          out.push({ code: `${b}-${e}-${f}${String(k).padStart(2, '0')}`, building: b, floor: f, areaCenti: 7000 + Math.floor(r() * 8000), status });
        }
  return out;
}
