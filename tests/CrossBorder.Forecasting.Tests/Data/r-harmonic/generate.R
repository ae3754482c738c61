# Golden data for HarmonicRegression and for Theta.Standard on long seasonal periods.
# Run by hand from this folder (never by CI):  Rscript generate.R
# Needs R with the forecast package (Debian: r-base-core, r-cran-forecast). Writes the *.csv files beside it.
suppressPackageStartupMessages(library(forecast))
set.seed(20261203)

# ---- series: weekly seller-like demand (growth, Q4 peak, January dip) and daily demand --------------------------
weekly <- function(n, growth, peak, dip, noise) {
  t <- seq_len(n)
  week <- ((t - 1) %% 52) + 1
  level <- 100 * (1 + growth)^(t / 52)
  shape <- rep(1, n)
  shape[week >= 44 & week <= 46] <- 1 + 0.4 * peak
  shape[week == 47 | week == 48] <- 1 + peak            # Black Friday / Cyber Monday
  shape[week >= 49 & week <= 51] <- 1 + 0.7 * peak      # Christmas run-up
  shape[week == 52] <- 1 + 0.2 * peak
  shape[week <= 4] <- 1 - dip                           # January dip
  level * shape * exp(rnorm(n, 0, noise))
}
daily <- function(n, weekend, yearly, noise) {
  t <- seq_len(n)
  dow <- c(1, 0.95, 0.95, 1, 1.1, 1 + weekend, 1 + 0.8 * weekend)[((t - 1) %% 7) + 1]
  year <- 1 + yearly * sin(2 * pi * t / 365.25 - 1)
  50 * dow * year * exp(rnorm(n, 0, noise)) + 0.01 * t
}
flat <- function(n, noise) 100 * exp(rnorm(n, 0, noise))

series <- list(
  w1 = list(y = weekly(156, 0.15, 0.8, 0.3, 0.08), m = 52),
  w2 = list(y = weekly(156, 0.05, 1.2, 0.4, 0.12), m = 52),
  w3 = list(y = weekly(156, 0.30, 0.5, 0.2, 0.05), m = 52),
  w4 = list(y = weekly(104, 0.10, 0.8, 0.3, 0.08), m = 52),   # n = 2m: thetaf does not test seasonality
  w5 = list(y = flat(156, 0.10), m = 52),                     # no seasonality
  d1 = list(y = daily(730, 0.4, 0.3, 0.1), m = 7),
  d2 = list(y = daily(140, 0.5, 0.0, 0.08), m = 7),
  d3 = list(y = daily(14, 0.5, 0.0, 0.08), m = 7)              # n = 2m
)
rows <- do.call(rbind, lapply(names(series), function(id) {
  y <- series[[id]]$y
  data.frame(id = id, period = series[[id]]$m, t = seq_along(y), y = sprintf("%.17g", y))
}))
write.csv(rows, "series.csv", row.names = FALSE, quote = FALSE)

g <- function(x) sprintf("%.17g", x)

# ---- harmonic regression: lm(y ~ [trend +] fourier(y, K)) ----------------------------------------------------------
cases <- list(
  list(case = "w1-K6", id = "w1", periods = 52, K = 6, trend = FALSE),
  list(case = "w1-trend-K10", id = "w1", periods = 52, K = 10, trend = TRUE),
  list(case = "w2-trend-K26", id = "w2", periods = 52, K = 26, trend = TRUE),   # k = 26 = m/2: sine dropped
  list(case = "d2-trend-K3", id = "d2", periods = 7, K = 3, trend = TRUE),
  list(case = "d1-trend-K3-8", id = "d1", periods = c(7, 365.25), K = c(3, 8), trend = TRUE)
)
coefs <- list(); fits <- list(); fcs <- list(); info <- list()
h <- 52
for (cs in cases) {
  y <- series[[cs$id]]$y
  n <- length(y)
  yt <- if (length(cs$periods) > 1) msts(y, seasonal.periods = cs$periods) else ts(y, frequency = cs$periods)
  X <- fourier(yt, K = cs$K)
  Xf <- fourier(yt, K = cs$K, h = h)
  trend <- seq_len(n)
  fit <- if (cs$trend) lm(y ~ trend + X) else lm(y ~ X)
  newdata <- if (cs$trend) list(trend = n + seq_len(h), X = Xf) else list(X = Xf)
  reg <- as.numeric(predict(fit, newdata = newdata))
  s <- ses(ts(residuals(fit)), h = h, level = c(80, 95))
  b <- coef(fit)
  coefs[[cs$case]] <- data.frame(case = cs$case, term = sub("^X", "", names(b)), value = g(b))
  fits[[cs$case]] <- data.frame(case = cs$case, t = seq_len(n), fitted = g(fitted(fit)))
  fcs[[cs$case]] <- data.frame(case = cs$case, h = seq_len(h), regression = g(reg),
                               ses_mean = g(as.numeric(s$mean)), alpha = g(s$model$par["alpha"]),
                               l0 = g(s$model$par["l"]))
  info[[cs$case]] <- data.frame(case = cs$case, id = cs$id, periods = paste(cs$periods, collapse = ";"),
                                K = paste(cs$K, collapse = ";"), trend = cs$trend,
                                aicc = g(CV(fit)["AICc"]), rss = g(sum(residuals(fit)^2)))
}
write.csv(do.call(rbind, info), "harmonic_cases.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, coefs), "harmonic_coefficients.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, fits), "harmonic_fitted.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, fcs), "harmonic_forecasts.csv", row.names = FALSE, quote = FALSE)

# ---- AICc of tslm for each K (the FPP practice of trying increasing K), weekly with trend and daily two periods -----
aicc <- list()
for (id in c("w1", "w2", "w3")) {
  y <- ts(series[[id]]$y, frequency = 52)
  for (trend in c(FALSE, TRUE)) {
    for (K in 1:25) {
      X <- fourier(y, K = K)
      fit <- if (trend) tslm(y ~ trend + X) else tslm(y ~ X)
      aicc[[length(aicc) + 1]] <- data.frame(id = id, trend = trend, K = K, aicc = g(CV(fit)["AICc"]))
    }
  }
}
y <- msts(series$d1$y, seasonal.periods = c(7, 365.25))
trend <- seq_along(y)
for (K1 in 1:3) for (K2 in 1:12) {
  fit <- lm(as.numeric(y) ~ trend + fourier(y, K = c(K1, K2)))
  aicc[[length(aicc) + 1]] <- data.frame(id = "d1", trend = TRUE, K = paste(K1, K2, sep = ";"), aicc = g(CV(fit)["AICc"]))
}
write.csv(do.call(rbind, aicc), "harmonic_aicc.csv", row.names = FALSE, quote = FALSE)

# ---- thetaf on weekly (m = 52) and daily (m = 7) series -------------------------------------------------------------
th <- list()
for (id in c("w1", "w2", "w3", "w4", "w5", "d2", "d3")) {
  m <- series[[id]]$m
  hh <- if (m == 52) 52 else 14
  y <- ts(series[[id]]$y, frequency = m)
  f <- thetaf(y, h = hh, level = c(80, 95))
  n <- length(y)
  seasonal <- FALSE
  if (m > 1 && !is.constant(y) && n > 2 * m) {
    r <- as.numeric(acf(y, lag.max = m, plot = FALSE)$acf)[-1]
    seasonal <- abs(r[m]) / sqrt((1 + 2 * sum(r[-m]^2)) / n) > qnorm(0.95)
  }
  th[[id]] <- data.frame(id = id, h = seq_len(hh), mean = g(f$mean), lo80 = g(f$lower[, 1]), hi80 = g(f$upper[, 1]),
                         lo95 = g(f$lower[, 2]), hi95 = g(f$upper[, 2]), alpha = g(f$model$alpha),
                         seasonal = seasonal)
}
write.csv(do.call(rbind, th), "thetaf.csv", row.names = FALSE, quote = FALSE)
cat("R", R.version.string, "forecast", as.character(packageVersion("forecast")), "\n")
