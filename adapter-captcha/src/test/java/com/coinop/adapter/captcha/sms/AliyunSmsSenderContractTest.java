package com.coinop.adapter.captcha.sms;

import com.coinop.adapter.captcha.sms.FakeAliyunSms.Answer;
import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.application.signin.port.out.SmsSenderPortContract;
import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link AliyunSmsSender} as an {@link SmsSenderPort}, against the local stand-in for Aliyun's SendSms. */
class AliyunSmsSenderContractTest extends SmsSenderPortContract {

    private static final Pattern CODE_PARAM = Pattern.compile("\\{\"code\":\"([0-9]+)\"}");

    private FakeAliyunSms aliyun;
    private AliyunSmsSender sender;

    @BeforeEach
    void start() throws IOException {
        aliyun = new FakeAliyunSms("LTAI5tContractKeyId", "contract-secret");
        sender = new AliyunSmsSender(new AliyunSmsProperties("LTAI5tContractKeyId", "contract-secret", "投币科技",
                "SMS_154950909", aliyun.endpoint(), "http", Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() {
        aliyun.close();
    }

    @Override
    protected SmsSenderPort sender() {
        return sender;
    }

    /** What Aliyun took: the template parameter of the last signed SendSms for that number. */
    @Override
    protected Optional<String> lastCodeReceivedBy(Mobile mobile) {
        List<FakeAliyunSms.Received> forMobile = aliyun.received().stream()
                .filter(request -> mobile.value().equals(request.params().get("PhoneNumbers")))
                .toList();
        if (forMobile.isEmpty()) {
            return Optional.empty();
        }
        Matcher code = CODE_PARAM.matcher(forMobile.get(forMobile.size() - 1).params().get("TemplateParam"));
        return code.matches() ? Optional.of(code.group(1)) : Optional.empty();
    }

    @Override
    protected boolean refuseTheNextSend() {
        aliyun.answer(Answer.refused("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1", "REQ-CONTRACT"));
        return true;
    }

    @Override
    protected boolean makeTheProviderUnreachable() {
        aliyun.close();
        return true;
    }
}
