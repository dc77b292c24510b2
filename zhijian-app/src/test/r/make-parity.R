# Reference vectors for every detection method x every parameter the CLI accepts (./zhijian detect series), on data
# sets bundled with the R package surveillance 1.20.3 (Debian: apt-get install r-base-core r-cran-surveillance).
# Run from zhijian-app:  Rscript src/test/r/make-parity.R src/test/resources/detection-parity
# It writes each series (week_index,observed), a manifest (id,series,method,params,from,to) whose params are the
# CLI's own NAME=VALUE text, and one result per manifest row (week_index,upperbound,alarm[,expected]).
# DetectionParityTest runs the CLI's code path on each row and never needs R.
suppressMessages(library(surveillance))
out <- commandArgs(trailingOnly = TRUE)[1]
stopifnot(as.character(packageVersion("surveillance")) == "1.20.3")

data(salmonella.agona); data(salmNewport); data(ha); data(salmAllOnset); data(salmHospitalized)
series <- list(
  agona = as.numeric(salmonella.agona$observed),
  newport = as.numeric(rowSums(observed(salmNewport))),
  ha = as.numeric(rowSums(ha$observed)),
  salmAllOnset = as.numeric(observed(salmAllOnset)[, 1]),
  salmHospitalized = as.numeric(observed(salmHospitalized)[, 1]))

flexible_presets <- list(
  default = list(),
  orig = list(noPeriods = 1, weightsThreshold = 1, pastWeeksNotIncluded = 3, pThresholdTrend = 0.05,
              thresholdMethod = "delta"),
  noufaily = list(noPeriods = 10, weightsThreshold = 2.58, pastWeeksNotIncluded = 26, pThresholdTrend = 1,
                  thresholdMethod = "nbPlugin"))

# method -> the CLI parameter texts to check: the defaults, then each parameter changed on its own
variants <- list(
  earsC1 = c("", "baseline=10", "alpha=0.01", "minSigma=0.5"),
  earsC2 = c("", "baseline=10", "alpha=0.01", "minSigma=0.5"),
  earsC3 = c("", "baseline=10", "alpha=0.01", "minSigma=0.5"),
  farrington = c("", "b=3", "w=2", "reweight=FALSE", "trend=FALSE", "alpha=0.01", "powertrans=1/2",
                 "powertrans=none", "limit54=3,3"),
  farringtonFlexible = c("", "preset=orig", "preset=noufaily", "b=2", "w=2", "reweight=FALSE",
                         "weightsThreshold=1", "trend=FALSE", "pThresholdTrend=1", "alpha=0.01", "powertrans=1/2",
                         "powertrans=none", "limit54=3,3", "noPeriods=10", "pastWeeksNotIncluded=10",
                         "thresholdMethod=nbPlugin", "thresholdMethod=muan", "populationOffset=FALSE",
                         "preset=noufaily;alpha=0.01;b=4"),
  cusum = c("", "trans=rossi", "trans=anscombe", "trans=anscombe2nd", "trans=pearsonNegBin", "trans=none",
            "k=0.5", "h=4", "m=3", "m=glm", "m=glm;trans=rossi", "m=glm;trans=anscombe",
            "trans=pearsonNegBin;alpha=0.3"),
  glrpois = c("", "c.ARL=3", "S=2", "trend=TRUE", "S=2;trend=TRUE;c.ARL=4"))

parse_params <- function(text) {
  p <- list()
  if (text == "") return(p)
  for (item in strsplit(text, ";")[[1]]) {
    kv <- regmatches(item, regexpr("=", item), invert = TRUE)[[1]]
    name <- kv[1]; value <- kv[2]
    p[[name]] <- if (value %in% c("TRUE", "FALSE")) as.logical(value)
      else if (name == "limit54") as.numeric(strsplit(value, ",")[[1]])
      else if (grepl("^-?[0-9.]+$", value)) as.numeric(value)
      else value
  }
  p
}

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
dp_of <- function(y) create.disProg(week = seq_along(y), observed = y, state = rep(0, length(y)))
sts_of <- function(y) sts(observed = matrix(y, ncol = 1), frequency = 52, start = c(2000, 1))

run <- function(method, p, y) {
  n <- length(y)
  if (startsWith(method, "ears")) {
    r <- earsC(sts_of(y), control = c(list(method = sub("ears", "", method)), p))
    return(list(range = r@control$range, upper = upperbound(r)[, 1], alarm = alarms(r)[, 1]))
  }
  if (method == "farrington") {
    b <- if (is.null(p[["b", exact = TRUE]])) 5 else p$b
    w <- if (is.null(p[["w", exact = TRUE]])) 3 else p[["w", exact = TRUE]]
    rng <- max(52 * b + w + 1, n - 207):n
    r <- algo.farrington(dp_of(y), control = c(list(range = rng), p))
    return(list(range = rng, upper = r$upperbound, alarm = r$alarm))
  }
  if (method == "farringtonFlexible") {
    preset <- if (is.null(p$preset)) "default" else p$preset
    p$preset <- NULL
    control <- modifyList(flexible_presets[[preset]], p)
    b <- if (is.null(control[["b", exact = TRUE]])) 5 else control$b
    w <- if (is.null(control[["w", exact = TRUE]])) 3 else control[["w", exact = TRUE]]
    rng <- max(52 * b + w + 1, n - 207):n
    r <- suppressWarnings(farringtonFlexible(sts_of(y), control = c(list(range = rng), control)))
    return(list(range = rng, upper = upperbound(r)[, 1], alarm = alarms(r)[, 1], expected = r@control$expected))
  }
  rng <- 53:n
  if (method == "cusum") {
    r <- algo.cusum(dp_of(y), control = c(list(range = rng), p))
    return(list(range = rng, upper = r$upperbound, alarm = r$alarm))
  }
  mu0 <- list(S = if (is.null(p$S)) 1 else p$S, trend = if (is.null(p$trend)) FALSE else p$trend)
  control <- list(range = rng, c.ARL = if (is.null(p$c.ARL)) 5 else p$c.ARL, mu0 = mu0, ret = "cases")
  r <- algo.glrpois(dp_of(y), control = control)
  list(range = rng, upper = r$upperbound, alarm = r$alarm)
}

manifest <- data.frame()
for (name in names(series)) {
  y <- series[[name]]
  write.csv(data.frame(week_index = seq_along(y), observed = y), file.path(out, paste0(name, ".csv")),
            row.names = FALSE)
  for (method in names(variants)) {
    for (text in variants[[method]]) {
      id <- paste0(name, "__", method, if (text == "") "" else paste0("__", gsub("[^A-Za-z0-9.]+", "_", text)))
      r <- tryCatch(run(method, parse_params(text), y), error = function(e) stop(id, ": ", conditionMessage(e)))
      df <- data.frame(week_index = r$range, upperbound = num(r$upper),
                       alarm = ifelse(is.na(r$alarm), "NA", as.integer(as.logical(r$alarm))))
      if (!is.null(r$expected)) df$expected <- num(r$expected)
      write.csv(df, file.path(out, paste0(id, ".csv")), row.names = FALSE, quote = FALSE)
      manifest <- rbind(manifest, data.frame(id = id, series = name, method = method, params = text,
                                             from = min(r$range), to = max(r$range)))
    }
  }
}
write.csv(manifest, file.path(out, "manifest.csv"), row.names = FALSE)
cat(nrow(manifest), "reference vectors written to", out, "\n")
