// What touching memory costs on this machine: writes N MB in 8 KB steps (as the .NET GC hands out allocation
// contexts), either into memory the process has touched before ("reused") or into fresh anonymous memory, with
// 4 KB pages ("fresh") or transparent huge pages ("huge"). See README.md, "Reading the figures".
//   cc -O2 -o /tmp/first-touch bench/build/first-touch.c && /usr/bin/time -f "%U user %S sys %R faults" /tmp/first-touch fresh 300
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: first-touch reused|fresh|huge MB\n");
        return 2;
    }
    const char *mode = argv[1];
    size_t size = (size_t)atoi(argv[2]) << 20, huge = (size_t)2 << 20;
    char *base = mmap(NULL, size + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    char *memory = (char *)(((size_t)base + huge - 1) & ~(huge - 1));
    if (strcmp(mode, "huge") == 0) {
        madvise(memory, size, MADV_HUGEPAGE);
    } else if (strcmp(mode, "reused") == 0) {
        memset(memory, 1, size);  // touched once before the timed pass
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (size_t offset = 0; offset < size; offset += 8192) {
        memset(memory + offset, 0, 8192);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    printf("%s %zu MB: %.3f s\n", mode, size >> 20, (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
    return 0;
}
