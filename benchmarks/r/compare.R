# R side by side for the forecasting evaluation catalogues (issue #11). Run by hand through compare.sh, not by CI.
#
#   Rscript compare.R DATA_DIR REPO_ROOT [OUT_DIR]
#
# Reads DATA_DIR/{train,test,meta}.csv, runs R's forecast package per series and times each call, runs
# `crossborder forecast --method auto` on each group's series as a whole CLI run, scores everything with the same R code
# and prints MASE, RMSSE and seconds side by side per group. Writes OUT_DIR/r_forecasts.csv (long: series_id, method,
# step, mean, lo80, hi80, lo95, hi95; 6 significant digits) and OUT_DIR/r_scores_summary.csv, and replaces the
# "R side by side" section of OUT_DIR/README.md with the versions, the machine and the per-group table.
#
# Methods: ets() and thetaf() on every group; stlf() on the seasonal groups (msts(7, 365.25) for daily; a weekly
# series shorter than two years, which stlf refuses, gets ets() on the series without seasonality, is counted in
# n_fallback and written to r_forecasts.csv as method "stlf-fallback-ets"); croston() and a plain-R TSB (alpha_d = alpha_p = 0.1, p0 = share of periods with demand, z0 = first
# demand size, as in the reference runs) on the groups of frequency 1 (intermittent and lumpy). Intervals 80 and 95 where R has them.

suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: Rscript compare.R DATA_DIR REPO_ROOT [OUT_DIR]")
data_dir <- normalizePath(args[1], mustWork = TRUE)
repo <- normalizePath(args[2], mustWork = TRUE)
out_dir <- if (length(args) >= 3) normalizePath(args[3], mustWork = TRUE) else data_dir

train <- read.csv(file.path(data_dir, "train.csv"), stringsAsFactors = FALSE)
test <- read.csv(file.path(data_dir, "test.csv"), stringsAsFactors = FALSE)
meta <- read.csv(file.path(data_dir, "meta.csv"), stringsAsFactors = FALSE)
if (is.null(meta$holdout_peak)) meta$holdout_peak <- NA_integer_
ids <- meta$series_id
train_by <- split(train, factor(train$series_id, levels = ids))
test_by <- split(test, factor(test$series_id, levels = ids))

tsb <- function(y, h, alpha_d = 0.1, alpha_p = 0.1) {
  p <- mean(y > 0)
  z <- y[y > 0][1]
  for (v in y) {
    if (v > 0) {
      z <- z + alpha_d * (v - z)
      p <- p + alpha_p * (1 - p)
    } else {
      p <- p + alpha_p * (0 - p)
    }
  }
  list(mean = rep(p * z, h), lower = NULL, upper = NULL)
}

as_series <- function(y, m, group) {
  if (group == "daily") msts(y, seasonal.periods = c(7, 365.25)) else ts(y, frequency = m)
}

# One call of a method: its forecast and whether a fallback was used.
run_method <- function(method, y, m, h, group) {
  x <- ts(y, frequency = m)
  fallback <- FALSE
  f <- suppressWarnings(switch(method,
    ets = forecast(ets(x), h = h, level = c(80, 95)),
    thetaf = thetaf(x, h = h, level = c(80, 95)),
    stlf = tryCatch(stlf(as_series(y, m, group), h = h, level = c(80, 95)), error = function(e) {
      fallback <<- TRUE
      forecast(ets(ts(y, frequency = 1)), h = h, level = c(80, 95))
    }),
    croston = croston(x, h = h),
    tsb = tsb(y, h)))
  lower <- if (is.null(f$lower)) matrix(NA_real_, h, 2) else matrix(as.numeric(f$lower), h, 2)
  upper <- if (is.null(f$upper)) matrix(NA_real_, h, 2) else matrix(as.numeric(f$upper), h, 2)
  list(mean = as.numeric(f$mean), lo80 = lower[, 1], hi80 = upper[, 1], lo95 = lower[, 2], hi95 = upper[, 2],
       fallback = fallback)
}

# By the group's frequency: stlf where there is a seasonal period, croston and TSB where there is none (the intermittent
# and lumpy groups, and the reference intermittent set).
methods_for <- function(freq) c("ets", "thetaf", if (freq > 1) "stlf" else c("croston", "tsb"))

score <- function(y, a, mu, m, f) {
  scale <- mean(abs(diff(y, lag = m)))
  rmsse_scale <- mean(diff(y)^2)
  denom <- abs(a) + abs(f$mean)
  c(MASE = mean(abs(a - f$mean)) / scale,
    sMAPE = mean(ifelse(denom > 0, 200 * abs(a - f$mean) / denom, 0)),
    RMSSE = sqrt(mean((a - f$mean)^2) / rmsse_scale),
    sME = mean(f$mean - a) / scale,
    MAE_mu_scaled = if (any(is.na(mu))) NA_real_ else mean(abs(mu - f$mean)) / scale,
    cov80 = if (any(is.na(f$lo80))) NA_real_ else mean(a >= f$lo80 & a <= f$hi80),
    cov95 = if (any(is.na(f$lo95))) NA_real_ else mean(a >= f$lo95 & a <= f$hi95),
    has_intervals = as.numeric(!any(is.na(f$lo95))))
}

# Warm-up, so that loading and compiling is not timed on the first series.
invisible(lapply(c("ets", "thetaf", "croston", "tsb"), function(method) run_method(method, train_by[[1]]$y, 1, 4, "weekly")))
invisible(run_method("stlf", train_by[[1]]$y, train_by[[1]]$freq[1], 4, "weekly"))

# Each method on each group's series in one timed loop (the clock's resolution is a millisecond, too coarse per call).
rows <- list()
forecast_rows <- list()
r_seconds <- list()
for (group in unique(meta$group)) {
  members <- which(meta$group == group)
  for (method in methods_for(meta$freq[members[1]])) {
    start <- proc.time()[["elapsed"]]
    fs <- lapply(members, function(i) {
      id <- ids[i]
      run_method(method, train_by[[id]]$y, train_by[[id]]$freq[1], nrow(test_by[[id]]), group)
    })
    r_seconds[[paste(group, method)]] <- proc.time()[["elapsed"]] - start
    message(sprintf("%s %s: %.2f s", group, method, r_seconds[[paste(group, method)]]))
    for (k in seq_along(members)) {
      i <- members[k]
      id <- ids[i]
      f <- fs[[k]]
      s <- score(train_by[[id]]$y, test_by[[id]]$y, test_by[[id]]$mu, train_by[[id]]$freq[1], f)
      rows[[length(rows) + 1]] <- data.frame(series_id = id, group = group, holdout_peak = meta$holdout_peak[i],
        method = method, t(s), fallback = f$fallback)
      h <- length(f$mean)
      forecast_rows[[length(forecast_rows) + 1]] <- data.frame(series_id = id,
        method = if (f$fallback) "stlf-fallback-ets" else method, step = seq_len(h),
        mean = signif(f$mean, 6), lo80 = signif(f$lo80, 6), hi80 = signif(f$hi80, 6), lo95 = signif(f$lo95, 6), hi95 = signif(f$hi95, 6))
    }
  }
}
per_series <- do.call(rbind, rows)

# crossborder forecast --method auto, one whole CLI run per group, timed from outside.
cli <- file.path(repo, "src", "CrossBorder.Cli")
auto_rows <- list()
cli_seconds <- c()
for (group in unique(meta$group)) {
  input <- tempfile(fileext = ".csv")
  output <- tempfile(fileext = ".csv")
  write.csv(train[train$series_id %in% ids[meta$group == group], ], input, row.names = FALSE, quote = FALSE)
  start <- proc.time()[["elapsed"]]
  status <- system2("dotnet", c("run", "--no-build", "-c", "Release", "--project", cli, "--",
    "forecast", "--input", input, "--output", output, "--method", "auto"), stdout = FALSE)
  cli_seconds[group] <- proc.time()[["elapsed"]] - start
  if (status != 0) stop(sprintf("crossborder forecast failed on group %s (exit %d)", group, status))
  out <- read.csv(output, stringsAsFactors = FALSE)
  for (id in ids[meta$group == group]) {
    o <- out[out$series_id == id, ]
    f <- list(mean = o$mean, lo80 = o$lo80, hi80 = o$hi80, lo95 = o$lo95, hi95 = o$hi95)
    i <- match(id, ids)
    s <- score(train_by[[id]]$y, test_by[[id]]$y, test_by[[id]]$mu, train_by[[id]]$freq[1], f)
    auto_rows[[length(auto_rows) + 1]] <- data.frame(series_id = id, group = group, holdout_peak = meta$holdout_peak[i],
      method = "auto (CLI)", t(s), fallback = FALSE)
  }
  unlink(c(input, output))
}
auto_series <- do.call(rbind, auto_rows)

# Means over series; coverage over the series whose forecast has intervals (n_cov of them); seconds from the timed
# loops of the groups it covers.
mean_or_na <- function(v) if (all(is.na(v))) NA_real_ else mean(v, na.rm = TRUE)
seconds_of <- function(method, groups) {
  keys <- paste(groups, method)
  if (all(keys %in% names(r_seconds))) sum(unlist(r_seconds[keys])) else NA_real_
}
summarise <- function(d, label) {
  do.call(rbind, lapply(split(d, d$method), function(x) data.frame(
    group = label, method = x$method[1],
    MASE = round(mean(x$MASE), 4), sMAPE = round(mean(x$sMAPE), 3), RMSSE = round(mean(x$RMSSE), 4),
    sME = round(mean(x$sME), 4), MAE_mu_scaled = round(mean(x$MAE_mu_scaled), 4),
    cov80 = round(mean_or_na(x$cov80), 4), cov95 = round(mean_or_na(x$cov95), 4),
    n_series = nrow(x), n_cov = sum(x$has_intervals), n_fallback = sum(x$fallback),
    seconds = if (grepl("/", label, fixed = TRUE)) NA_real_ else round(seconds_of(x$method[1], unique(x$group)), 3))))
}
by_groups <- function(d) {
  parts <- list(summarise(d, "all"))
  for (group in unique(meta$group)) {
    g <- d[d$group == group, ]
    parts[[length(parts) + 1]] <- summarise(g, group)
    if (any(g$holdout_peak == 1, na.rm = TRUE) && any(g$holdout_peak == 0, na.rm = TRUE)) {
      parts[[length(parts) + 1]] <- summarise(g[g$holdout_peak %in% 1, ], paste0(group, "/peak"))
      parts[[length(parts) + 1]] <- summarise(g[g$holdout_peak %in% 0, ], paste0(group, "/no-peak"))
    }
  }
  do.call(rbind, parts)
}
r_summary <- by_groups(per_series)
auto_summary <- by_groups(auto_series)
auto_summary$seconds <- ifelse(auto_summary$group %in% names(cli_seconds), round(cli_seconds[auto_summary$group], 3),
  ifelse(auto_summary$group == "all", round(sum(cli_seconds), 3), NA))

write.csv(r_summary, file.path(out_dir, "r_scores_summary.csv"), row.names = FALSE)
write.csv(do.call(rbind, forecast_rows), file.path(out_dir, "r_forecasts.csv"), row.names = FALSE, quote = FALSE, na = "NA")

# The side-by-side table: per group, each R method and auto, with the best R method's MASE among those run on every
# series of the group (in "all", croston, tsb and stlf cover some groups only).
side <- rbind(r_summary, auto_summary)
lines <- c(sprintf("%-22s %-11s %6s %8s %8s %8s %6s %6s %6s %10s", "group", "method", "n", "MASE", "RMSSE", "MAE_mu", "cov80", "cov95", "n_cov", "seconds"))
for (group in unique(side$group)) {
  g <- side[side$group == group, ]
  auto <- g[g$method == "auto (CLI)", ]
  best <- g[g$method != "auto (CLI)" & g$n_series == auto$n_series, ]
  best <- best[which.min(best$MASE), ]
  for (k in seq_len(nrow(g))) {
    r <- g[k, ]
    mark <- if (r$method == best$method) " (best R)" else ""
    lines <- c(lines, sprintf("%-22s %-11s %6d %8.4f %8.4f %8.4f %6.3f %6.3f %6d %10.3f%s%s", r$group, r$method, r$n_series,
      r$MASE, r$RMSSE, r$MAE_mu_scaled, r$cov80, r$cov95, r$n_cov, r$seconds,
      if (r$n_fallback > 0) sprintf(" (%d fallbacks)", r$n_fallback) else "", mark))
  }
  lines <- c(lines, sprintf("%-22s auto / best R MASE = %.3f", group, auto$MASE / best$MASE), "")
}
cat(lines, sep = "\n")

versions <- sprintf("%s, forecast %s", R.version.string, as.character(packageVersion("forecast")))
commit <- tryCatch(system2("git", c("-C", repo, "log", "-1", "--format=%h", "--", "src"), stdout = TRUE), error = function(e) "unknown")
cpu <- tryCatch(sub(".*: ", "", grep("model name", readLines("/proc/cpuinfo"), value = TRUE)[1]), error = function(e) "unknown")
section <- c("## R side by side", "",
  sprintf("Made by `benchmarks/r/compare.sh` on %s UTC with %s, single-threaded, on %d cores of \"%s\".",
    format(Sys.time(), "%Y-%m-%d %H:%M", tz = "UTC"), versions, parallel::detectCores(), cpu),
  sprintf("The library (`src/`) was that of commit %s.", commit),
  "`r_forecasts.csv` holds R's forecasts (6 significant digits) and `r_scores_summary.csv` their mean scores per group",
  "(seconds: the wall time of the method's loop over the group's series, after a warm-up; NA for a peak/no-peak part). `auto (CLI)` is `crossborder forecast --method auto` run",
  "once per group with `dotnet run --no-build -c Release`, timed as a whole run (start-up included); its scores are not",
  "stored, since they change with the library. R's `ets` ignores seasonality when the frequency exceeds 24 (weekly",
  "m = 52), as R warns; `stlf` refuses a weekly series shorter than two years, which then gets `ets` without",
  "seasonality (counted as fallbacks, and written as method `stlf-fallback-ets`). The table as printed by that run:",
  "", "```", lines, "```", "")
readme <- file.path(out_dir, "README.md")
old <- if (file.exists(readme)) readLines(readme) else character()
cut <- grep("^## R side by side", old)
if (length(cut) > 0) old <- old[seq_len(cut[1] - 1)]
writeLines(c(old, section), readme)
