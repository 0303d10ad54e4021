// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/site/base-links.ts';
import { sidebar } from './src/sidebar.ts';
import { smallPreloadHelper } from './scripts/lib/preload-helper.mjs';
import { storedShape } from './scripts/lib/stored-shape.ts';

// Deploying under a sub-path (e.g. an intranet's /dyjy/): BASE_PATH=/dyjy/ npm run build.
// Content links are written from the site root; the rehype step adds the base to them.
const base = process.env.BASE_PATH || '/';
// Offline support (scripts/build-sw.mjs): on unless OFFLINE=0; off, the pages remove any earlier worker.
const offline = process.env.OFFLINE !== '0';

export default defineConfig({
  base,
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link; it costs each page 1 KB of script (budget 5 KB),
  // and the service worker already keeps every page for repeat visits.
  prefetch: false,
  markdown: { processor: satteri({ hastPlugins: base === '/' ? [] : [baseLinksPlugin(base)] }) },
  integrations: [
    starlight({
      title: '党员教育培训工作指南',
      description: '党支部和党务工作者开展党员教育培训工作的规定要点、自评表与报告范文。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/tokens.css', './src/styles/checklist.css', './src/styles/print.css'],
      sidebar,
      components: {
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Head: './src/components/overrides/Head.astro',
      },
      pagination: false,
    }),
    preact(),
  ],
  vite: {
    plugins: [smallPreloadHelper()],
    define: { __OFFLINE__: JSON.stringify(offline), __ASSESSMENT_SHAPE__: JSON.stringify(storedShape()) },
    build: {
      // Scripts must parse in Chromium 86. The target is 98 so that class fields (which 86 runs) are not
      // rewritten through a helper every page would load; scripts/check-js-syntax.mjs fails the build on
      // any syntax 86 cannot parse (static blocks, `#x in`, top-level await, regex /d …). CSS keeps
      // Vite's default targets: scripts/add-old-chromium-css.mjs adds what old browsers need, without
      // the rewrites (e.g. logical properties by :lang()) that would change the cascade on new ones.
      target: ['chrome98'],
      cssTarget: ['chrome99', 'edge99', 'firefox114', 'safari16.4'],
      rolldownOptions: {
        output: {
          // Fewer, larger chunks for the pages with islands: every file costs a request and its
          // own compression overhead on old intranet servers. Panels used now and then stay
          // separate, loaded by import() on use.
          codeSplitting: {
            groups: [
              // Vite's preload helper serves the search box on every page: kept on its own.
              { name: 'preload-helper', test: /preload-helper/, priority: 30 },
              // The storage probe is shared by the self-check store and the 使用说明 page's small script.
              { name: 'storage-probe', test: /src[\\/]lib[\\/]site[\\/]storage-probe/, priority: 25 },
              // What every island page loads: Preact, nanostores with local persistence, mounting, lazy parts
              // and the WeChat check (the notice on every page that keeps data). One file compresses better than
              // several; the self-check core stays apart, as the 台账 page does not load it.
              {
                name: 'islands',
                test: /node_modules[\\/](preact|nanostores|@nanostores[\\/](preact|persistent))[\\/]|src[\\/](components[\\/]islands[\\/](mount|lazy-part)|lib[\\/]wechat\.ts)/,
                priority: 20,
              },
              // The self-check core (scoring, the assessments store, the storage check) with the checklist form.
              // The report, 对比, 汇总 and 我的自评 pages load the form's code too, unused (about 3 KB): one file
              // keeps the checklist page, where a year's work is typed, within its budget, and those pages are
              // reached from it, by which time the service worker holds every file. describe-rule is left out:
              // the checklist page gets its rules in words from the build. Parts shown now and then (the 新建
              // form, notices, printing, 台账 figures) load on use.
              {
                name: 'selfcheck',
                test: /src[\\/](stores[\\/](assessments|checklist-session)|lib[\\/](scoring[\\/](?!describe-rule)|assessment[\\/](model|decode))|components[\\/]islands[\\/](print|checklist[\\/](ParsedField|RecoveryNotice|AssessmentBar|ChecklistApp|ItemCard|ScoreSummary|ValueInput|EvidenceList|ReviewScore)\.tsx))/,
                priority: 10,
              },
            ],
          },
        },
      },
    },
  },
});
