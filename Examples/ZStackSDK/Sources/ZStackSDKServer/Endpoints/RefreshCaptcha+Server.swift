import ZStackSDK

/// The server side of ``RefreshCaptcha``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/captcha/refresh`, synchronous.
nonisolated enum RefreshCaptchaServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RefreshCaptcha.operation, bodyWrapper: nil) { call in
            let request = RefreshCaptcha.Request(
                uuid: try call.required(try call.queryParameter("uuid", as: String.self), .queryParameter("uuid")),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.refreshCaptcha(request) }
        }
    }
}
