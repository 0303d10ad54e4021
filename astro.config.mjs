// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links.ts';
import { sidebar } from './src/sidebar.ts';

// Deploying under a sub-path (e.g. an intranet's /dyjy/): BASE_PATH=/dyjy/ npm run build.
// Content links are written from the site root; the rehype step adds the base to them.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  base,
  vite: {
    build: {
      // Scripts must parse in Chromium 86 (scripts/check-js-syntax.mjs checks the output). CSS keeps
      // Vite's default targets: scripts/add-old-chromium-css.mjs adds what old browsers need, without
      // the rewrites (e.g. logical properties by :lang()) that would change the cascade on new ones.
      target: ['chrome86'],
      cssTarget: ['chrome99', 'edge99', 'firefox114', 'safari16.4'],
    },
  },
  trailingSlash: 'always',
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
      },
      pagination: false,
    }),
    preact(),
  ],
});
