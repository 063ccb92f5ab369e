/*
 * The recharge part of the H5 page as a front-end developer writes it for WeChat: coinop's API with the
 * session cookie, WeixinJSBridge for the payment. In a desktop browser the WeChat sandbox's bridge.js stands in
 * for WeChat. What happened is kept in window.page for bin/try-bridge to read.
 */
(function () {
  'use strict';
  var api = document.body.dataset.api;
  var page = window.page = { user: null, order: null, callbacks: [], recharges: null, state: 'loading', error: null };

  function $(id) {
    return document.getElementById(id);
  }

  function log(text) {
    $('log').textContent += text + '\n';
  }

  /** coinop's envelope: the result, or an Error naming error_code. */
  function call(method, path, body) {
    var init = { method: method, credentials: 'include' };
    if (body !== undefined) {
      init.headers = { 'Content-Type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    return fetch(api + path, init).then(function (response) {
      return response.json().then(function (envelope) {
        log(method + ' ' + path + ' → ' + response.status + ' ' + (envelope.error_code || 'ok'));
        if (!envelope.success) {
          var error = new Error(envelope.error || envelope.error_code);
          error.code = envelope.error_code;
          error.status = response.status;
          throw error;
        }
        return envelope.result;
      });
    });
  }

  function fen(yuan) {
    return Math.round(yuan * 100);
  }

  function showUser(user) {
    page.user = user;
    $('who').textContent = user.nick_name + ' · ' + user.mobile;
    $('balance').textContent = user.balance_account.toFixed(2);
  }

  function fail(error) {
    page.error = (error.code || 'ERROR') + ': ' + error.message;
    page.state = 'error';
    $('status').textContent = page.error;
  }

  function loadRecharges() {
    return call('POST', '/wechat/recharge/list', { page: 1, size: 10 }).then(function (list) {
      page.recharges = list;
      $('recharges').innerHTML = '';
      list.data.forEach(function (recharge) {
        var item = document.createElement('li');
        item.textContent = recharge.pay_time + ' ¥' + recharge.amount.toFixed(2) + ' ' + recharge.transaction_id;
        $('recharges').appendChild(item);
      });
    });
  }

  /** After WeChat Pay's ok the money arrives with the notification: ask coinop until the balance shows it. */
  function awaitBalance(expectedFen, triesLeft) {
    return call('GET', '/wechat/user').then(function (user) {
      showUser(user);
      if (fen(user.balance_account) >= expectedFen) {
        return user;
      }
      if (triesLeft <= 0) {
        throw new Error('the balance did not rise to ' + (expectedFen / 100).toFixed(2));
      }
      return new Promise(function (resolve) { setTimeout(resolve, 300); }).then(function () {
        return awaitBalance(expectedFen, triesLeft - 1);
      });
    });
  }

  function bridgeReady() {
    return new Promise(function (resolve) {
      if (typeof WeixinJSBridge === 'undefined') {
        document.addEventListener('WeixinJSBridgeReady', resolve, false);
      } else {
        resolve();
      }
    });
  }

  /** Hands the order's pay parameters (or others, to try the bridge) to WeChat and acts on its answer. */
  page.pay = function (params) {
    var order = page.order;
    var before = fen(page.user.balance_account);
    page.state = 'paying';
    $('pay-again').hidden = true;
    return bridgeReady().then(function () {
      return new Promise(function (resolve) {
        WeixinJSBridge.invoke('getBrandWCPayRequest', params || order.pay, resolve);
      });
    }).then(function (answer) {
      page.callbacks.push(answer);
      log('getBrandWCPayRequest → ' + answer.err_msg + (answer.err_desc ? ' (' + answer.err_desc + ')' : ''));
      if (answer.err_msg === 'get_brand_wcpay_request:ok') {
        $('status').textContent = '支付成功，等待到账…';
        return awaitBalance(before + fen(order.amount), 30).then(loadRecharges).then(function () {
          $('status').textContent = '充值成功';
          page.state = 'paid';
        });
      }
      $('status').textContent = answer.err_msg === 'get_brand_wcpay_request:cancel' ? '已取消支付' : '支付失败';
      $('pay-again').hidden = false;
      return call('GET', '/wechat/user').then(function (user) {
        showUser(user);
        page.state = 'unpaid';
      });
    }).catch(fail);
  };

  $('recharge').addEventListener('click', function () {
    page.state = 'ordering';
    call('GET', '/wechat/recharge/50').then(function (order) {
      page.order = order;
      return page.pay();
    }).catch(fail);
  });
  $('pay-again').addEventListener('click', function () {
    page.pay();
  });

  function signIn(error) {
    var link = document.createElement('a');
    link.href = api + '/wechat/oauth/authorize?redirect=' + encodeURIComponent(location.href);
    link.textContent = '微信登录';
    $('who').textContent = '';
    $('who').appendChild(link);
    page.state = 'signed-out';
    page.error = error.code;
  }

  // -1 (NO_OPENID) and 0 (NOT_REGISTERED, a mobile to bind) come as success false
  call('GET', '/wechat/check').then(function () {
    return call('GET', '/wechat/user').then(function (user) {
      showUser(user);
      $('recharge').disabled = false;
      page.state = 'ready';
    });
  }, function (error) {
    if (error.code !== 'NO_OPENID' && error.code !== 'NOT_REGISTERED') {
      throw error;
    }
    signIn(error);
  }).catch(fail);
})();
