// The story embed's own build (client/story.html): one script and one stylesheet, so the frozen
// single file can inline them as they are (as the embed's build does).
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
      input: 'client/story.html',
      output: {
        entryFileNames: 'assets/story-[hash].js',
        assetFileNames: 'assets/story-[hash][extname]',
      },
    },
  },
});
