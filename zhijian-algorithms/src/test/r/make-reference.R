# Reference vectors for the detectors in org.zhijian.algo.detection, from the R package surveillance 1.20.3
# (Debian: apt-get install r-base-core r-cran-surveillance). Run from zhijian-algorithms:
#   Rscript src/test/r/make-reference.R src/test/resources/detection
# The tests read the CSVs it writes and never need R.
suppressMessages(library(surveillance))
out <- commandArgs(trailingOnly = TRUE)[1]
stopifnot(as.character(packageVersion("surveillance")) >= "1.20")

data(salmonella.agona); data(salmNewport); data(ha)
set.seed(1); sparse <- rpois(420, 0.05); sparse[398:402] <- c(2, 3, 1, 2, 4)
set.seed(2); t <- 1:420; seasonal <- rpois(420, exp(1 + 0.5 * sin(2 * pi * t / 52))); seasonal[400:404] <- seasonal[400:404] + 8
series <- list(
  agona = as.numeric(salmonella.agona$observed),
  newport = as.numeric(rowSums(observed(salmNewport))),
  ha = as.numeric(rowSums(ha$observed)),
  sparse = as.numeric(sparse),
  seasonal = as.numeric(seasonal))

write_series <- function(name, y) {
  write.csv(data.frame(week_index = seq_along(y), observed = y), file.path(out, paste0(name, ".csv")), row.names = FALSE)
}
num <- function(x) ifelse(is.na(x), "NA", formatC(x, digits = 15, format = "g"))
write_result <- function(name, method, range, y, upper, alarm, expected = NULL) {
  df <- data.frame(week_index = range, observed = y[range], upperbound = num(upper),
                   alarm = ifelse(is.na(alarm), "NA", as.integer(alarm)))
  if (!is.null(expected)) df$expected <- num(expected)
  write.csv(df, file.path(out, paste0(name, "__", method, ".csv")), row.names = FALSE, quote = FALSE)
}
sts_of <- function(y) sts(observed = matrix(y, ncol = 1), frequency = 52, start = c(2000, 1))
dp_of <- function(y) create.disProg(week = seq_along(y), observed = y, state = rep(0, length(y)))

for (name in names(series)) {
  y <- series[[name]]; n <- length(y); s <- sts_of(y); write_series(name, y)
  for (m in c("C1", "C2", "C3")) {
    for (ms in c(0, 0.5)) {
      r <- earsC(s, control = list(method = m, minSigma = ms))
      rng <- r@control$range
      write_result(name, paste0("ears", m, if (ms > 0) "_minSigma0.5" else ""), rng, y,
                   upperbound(r)[, 1], alarms(r)[, 1])
    }
  }
  if (n >= 312) {
    rng <- 257:n
    r <- algo.farrington(dp_of(y), control = list(range = rng))
    write_result(name, "farrington", rng, y, r$upperbound, r$alarm)
    presets <- list(
      default = list(),
      orig = list(noPeriods = 1, weightsThreshold = 1, pastWeeksNotIncluded = 3, pThresholdTrend = 0.05,
                  thresholdMethod = "delta"),
      noufaily = list(noPeriods = 10, weightsThreshold = 2.58, pastWeeksNotIncluded = 26, pThresholdTrend = 1,
                      thresholdMethod = "nbPlugin"),
      muan = list(noPeriods = 10, weightsThreshold = 2.58, pastWeeksNotIncluded = 26, pThresholdTrend = 1,
                  thresholdMethod = "muan"))
    for (p in names(presets)) {
      rng <- 264:n
      r <- suppressWarnings(farringtonFlexible(s, control = c(list(range = rng), presets[[p]])))
      write_result(name, paste0("farringtonFlexible_", p), rng, y, upperbound(r)[, 1], alarms(r)[, 1],
                   r@control$expected)
    }
  }
  rng <- 105:n
  for (tr in c("standard", "rossi", "anscombe")) {
    r <- algo.cusum(dp_of(y), control = list(range = rng, trans = tr))
    write_result(name, paste0("cusum_", tr), rng, y, r$upperbound, r$alarm)
  }
  r <- algo.glrpois(dp_of(y), control = list(range = rng, c.ARL = 5, ret = "cases"))
  write_result(name, "glrpois", rng, y, r$upperbound, r$alarm)
}
cat("written to", out, "\n")
