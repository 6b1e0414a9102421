public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``TakeVmConsoleScreenshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let takeVmConsoleScreenshotExample = #"""
        {
          "success": true,
          "imageData": "imageData"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func takeVmConsoleScreenshot(
        _ request: TakeVmConsoleScreenshot.Request
    ) async throws -> TakeVmConsoleScreenshot.Response {
        try Self.example(TakeVmConsoleScreenshot.Response.self, json: Self.takeVmConsoleScreenshotExample)
    }
}
