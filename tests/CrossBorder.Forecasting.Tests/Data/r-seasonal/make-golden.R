# Golden data for STL, MSTL and stlf (issue #11). Run by hand, never by CI:
#   cd tests/CrossBorder.Forecasting.Tests/Data/r-seasonal && Rscript make-golden.R
# Written with R 4.2.2 Patched (2022-11-10 r83330) and forecast 8.20 (Debian r-base-core, r-cran-forecast);
# the versions actually used are written to versions.txt on every run.
# Inputs: the monthly series of ../classic_train.csv, plus 3 weekly and 1 daily series generated below with
# fixed seeds (written to weekly_series.csv and daily_series.csv so that the tests read the same numbers).
# Outputs (numbers printed with 17 significant digits):
#   stl_components.csv    stats::stl, s.window "periodic", 7, 13, robust FALSE/TRUE
#   mstl_components.csv   forecast::mstl on the daily series (periods 7, 365.25) and on the monthly series
#   stlf_forecasts.csv    forecast::stlf(method = "ets" / "naive") means and 80/95% bounds
#   stlf_fitted.csv       fitted values of the same
#   stlf_models.csv       the method string R reports
suppressPackageStartupMessages(library(forecast))
g17 <- function(x) sprintf("%.17g", x)
writeLines(c(R.version.string, paste("forecast", as.character(packageVersion("forecast")))), "versions.txt")

# ---- inputs -------------------------------------------------------------------------------------------
train <- read.csv("../classic_train.csv", stringsAsFactors = FALSE)
meta <- read.csv("../classic_meta.csv", stringsAsFactors = FALSE)
monthly_ids <- meta$series_id[meta$freq == 12]
series <- list()
for (id in monthly_ids) {
  s <- train[train$series_id == id, ]
  s <- s[order(s$t), ]
  series[[id]] <- list(y = s$y, freq = 12, h = 18, group = "monthly")
}

# Weekly sales, 156 weeks: growth, a Q4 peak (Black Friday to Christmas, weeks 46-52), a January dip, noise.
weekly_gen <- function(seed, base, growth, peak, dip, noise) {
  set.seed(seed)
  t <- 1:156
  woy <- ((t - 1) %% 52) + 1
  season <- 1 + peak * exp(-((woy - 49)^2) / (2 * 2.5^2)) - dip * (woy <= 3) + 0.08 * sin(2 * pi * woy / 52)
  mu <- base * (1 + growth * t / 52) * season
  round(pmax(0, mu + rnorm(156, 0, noise * base)))
}
weekly <- list(
  weekly_a = weekly_gen(20261201, 120, 0.15, 1.2, 0.30, 0.10),
  weekly_b = weekly_gen(20261202, 40, 0.05, 2.0, 0.40, 0.20),
  weekly_c = weekly_gen(20261203, 900, -0.05, 0.6, 0.15, 0.05))
write.csv(data.frame(series_id = rep(names(weekly), each = 156), t = rep(1:156, 3), y = unlist(weekly)),
          "weekly_series.csv", row.names = FALSE)
for (id in names(weekly)) series[[id]] <- list(y = weekly[[id]], freq = 52, h = 13, group = "weekly")

# Daily sales, 3 years (1095 days): weekly cycle (weekend high), yearly cycle (Q4 peak), trend, noise.
set.seed(20261204)
d <- 1:1095
daily_y <- round(200 * (1 + 0.1 * d / 365) * (1 + 0.25 * ((d %% 7) %in% c(5, 6))) *
                 (1 + 0.5 * exp(-(((d - 1) %% 365.25 - 335)^2) / (2 * 15^2))) + rnorm(1095, 0, 12), 2)
write.csv(data.frame(series_id = "daily_a", t = d, y = daily_y), "daily_series.csv", row.names = FALSE)

# ---- stl ----------------------------------------------------------------------------------------------
configs <- list(periodic = "periodic", s7 = 7, s13 = 13)
rows <- list()
for (id in names(series)) {
  x <- ts(series[[id]]$y, frequency = series[[id]]$freq)
  for (cfg in names(configs)) for (rob in c(FALSE, TRUE)) {
    fit <- stl(x, s.window = configs[[cfg]], robust = rob)
    ts3 <- fit$time.series
    rows[[length(rows) + 1]] <- data.frame(
      series_id = id, s_window = cfg, robust = rob, t = seq_along(x),
      seasonal = g17(ts3[, "seasonal"]), trend = g17(ts3[, "trend"]),
      remainder = g17(ts3[, "remainder"]), weights = g17(fit$weights))
  }
}
write.csv(do.call(rbind, rows), "stl_components.csv", row.names = FALSE, quote = FALSE)

# ---- mstl ---------------------------------------------------------------------------------------------
mrows <- list()
add_mstl <- function(id, fit) {
  for (col in setdiff(colnames(fit), "Data")) {
    mrows[[length(mrows) + 1]] <<- data.frame(series_id = id, component = col, t = seq_len(NROW(fit)),
                                              value = g17(fit[, col]))
  }
}
daily_x <- msts(daily_y, seasonal.periods = c(7, 365.25))
add_mstl("daily_a", mstl(daily_x))
for (id in monthly_ids) add_mstl(id, mstl(msts(series[[id]]$y, seasonal.periods = 12)))
write.csv(do.call(rbind, mrows), "mstl_components.csv", row.names = FALSE, quote = FALSE)

# ---- stlf ---------------------------------------------------------------------------------------------
frows <- list(); fitrows <- list(); models <- list()
add_stlf <- function(id, x, h) {
  for (m in c("ets", "naive")) {
    fc <- stlf(x, h = h, method = m)
    frows[[length(frows) + 1]] <<- data.frame(
      series_id = id, method = m, step = seq_len(h), mean = g17(fc$mean),
      lo80 = g17(fc$lower[, "80%"]), hi80 = g17(fc$upper[, "80%"]),
      lo95 = g17(fc$lower[, "95%"]), hi95 = g17(fc$upper[, "95%"]))
    fitrows[[length(fitrows) + 1]] <<- data.frame(series_id = id, method = m, t = seq_along(x), fitted = g17(fitted(fc)))
    models[[length(models) + 1]] <<- data.frame(series_id = id, method = m, r_method = fc$method)
  }
}
for (id in names(series)) add_stlf(id, ts(series[[id]]$y, frequency = series[[id]]$freq), series[[id]]$h)
add_stlf("daily_a", daily_x, 28)
write.csv(do.call(rbind, frows), "stlf_forecasts.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, fitrows), "stlf_fitted.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, models), "stlf_models.csv", row.names = FALSE)
