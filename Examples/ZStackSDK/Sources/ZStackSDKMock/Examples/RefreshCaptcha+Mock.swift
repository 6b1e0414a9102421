public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RefreshCaptcha``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let refreshCaptchaExample = #"""
        {
          "captchaUuid": "8929689c11fccf1f81fa5eb2d6a8d755",
          "captcha": "captcha",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func refreshCaptcha(
        _ request: RefreshCaptcha.Request
    ) async throws -> RefreshCaptcha.Response {
        try Self.example(RefreshCaptcha.Response.self, json: Self.refreshCaptchaExample)
    }
}
