#include <stdio.h>
#include "lede.h"
int main(void) { puts("lede " LEDE_VERSION); return 0; }
