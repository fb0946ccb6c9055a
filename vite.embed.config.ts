// The embed's own build (client/embed.html): one small script and one stylesheet, none of the
// explorer's code it does not draw with, so the frozen export can inline them as they are.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  publicDir: false,
  build: {
    outDir: '../dist/client',
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      input: 'client/embed.html',
      output: {
        entryFileNames: 'assets/embed-[hash].js',
        assetFileNames: 'assets/embed-[hash][extname]',
      },
    },
  },
});
