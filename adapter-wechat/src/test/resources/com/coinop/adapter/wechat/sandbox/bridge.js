/*
 * The WeChat sandbox's WeixinJSBridge, so an H5 page written for WeChat runs unchanged in a desktop browser.
 * Load it before the page's own script: <script src="http://127.0.0.1:<sandbox port>/sandbox/pay/bridge.js"></script>
 * invoke('getBrandWCPayRequest', params, cb) asks the sandbox whether the parameters are right (paySign checked
 * with the merchant's public key) and the order can still be paid, shows the amount, and on confirm pays the order
 * in the sandbox, which then notifies coinop as WeChat Pay would. Test code: the production jar never carries it.
 */
(function () {
  'use strict';
  if (window.WeixinJSBridge) {
    return;
  }
  var script = document.currentScript;
  var sandbox = script ? new URL(script.src).origin : window.location.origin;

  function post(path, body) {
    return fetch(sandbox + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().then(function (json) {
        return { ok: response.ok, json: json };
      });
    });
  }

  function yuan(fen) {
    return (fen / 100).toFixed(2);
  }

  function confirmPayment(order) {
    return new Promise(function (resolve) {
      var overlay = document.createElement('div');
      overlay.id = 'wechat-sandbox-pay';
      overlay.setAttribute('role', 'dialog');
      overlay.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.5);display:flex;align-items:center;'
        + 'justify-content:center;z-index:2147483647;font-family:sans-serif';
      var box = document.createElement('div');
      box.style.cssText = 'background:#fff;border-radius:8px;padding:24px;min-width:260px;text-align:center';
      var title = document.createElement('p');
      title.textContent = '微信支付沙箱 · ' + order.description;
      var amount = document.createElement('p');
      amount.className = 'amount';
      amount.style.cssText = 'font-size:32px;margin:12px 0';
      amount.textContent = '¥' + yuan(order.total);
      var pay = document.createElement('button');
      pay.id = 'wechat-sandbox-pay-confirm';
      pay.textContent = '确认支付';
      pay.style.cssText = 'background:#07c160;color:#fff;border:0;border-radius:4px;padding:8px 24px;margin:4px';
      var cancel = document.createElement('button');
      cancel.id = 'wechat-sandbox-pay-cancel';
      cancel.textContent = '取消';
      cancel.style.cssText = 'border:0;border-radius:4px;padding:8px 24px;margin:4px';
      box.appendChild(title);
      box.appendChild(amount);
      box.appendChild(pay);
      box.appendChild(cancel);
      overlay.appendChild(box);
      document.body.appendChild(overlay);
      function done(confirmed) {
        overlay.remove();
        resolve(confirmed);
      }
      pay.addEventListener('click', function () { done(true); });
      cancel.addEventListener('click', function () { done(false); });
    });
  }

  function getBrandWCPayRequest(params, callback) {
    var answer = callback || function () {};
    post('/sandbox/pay/check-pay-sign', params).then(function (check) {
      if (!check.ok || !check.json.ok) {
        answer({ err_msg: 'get_brand_wcpay_request:fail', err_desc: check.json.error || check.json.message });
        return undefined;
      }
      var order = check.json;
      return confirmPayment(order).then(function (confirmed) {
        if (!confirmed) {
          answer({ err_msg: 'get_brand_wcpay_request:cancel' });
          return undefined;
        }
        return post('/sandbox/pay/' + encodeURIComponent(order.out_trade_no) + '/pay').then(function (paid) {
          answer(paid.ok
            ? { err_msg: 'get_brand_wcpay_request:ok' }
            : { err_msg: 'get_brand_wcpay_request:fail', err_desc: paid.json.message });
        });
      });
    }).catch(function (error) {
      answer({ err_msg: 'get_brand_wcpay_request:fail', err_desc: String(error) });
    });
  }

  window.WeixinJSBridge = {
    invoke: function (name, params, callback) {
      if (name === 'getBrandWCPayRequest') {
        getBrandWCPayRequest(params, callback);
      } else if (callback) {
        callback({ err_msg: name + ':fail', err_desc: 'the sandbox bridge knows only getBrandWCPayRequest' });
      }
    },
    on: function () {},
    call: function () {}
  };

  function ready() {
    document.dispatchEvent(new Event('WeixinJSBridgeReady'));
  }
  // pages listen for WeixinJSBridgeReady when the bridge is not there yet: tell them once they can listen
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    setTimeout(ready, 0);
  }
})();
