public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetGlobalConfigOptions``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getGlobalConfigOptionsExample = #"""
        {
          "success": true,
          "options": {
            "validValue": [
              "validValue"
            ],
            "numberGreaterThan": 1,
            "numberLessThan": 1,
            "numberGreaterThanOrEqual": 1,
            "numberLessThanOrEqual": 1
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getGlobalConfigOptions(
        _ request: GetGlobalConfigOptions.Request
    ) async throws -> GetGlobalConfigOptions.Response {
        try Self.example(GetGlobalConfigOptions.Response.self, json: Self.getGlobalConfigOptionsExample)
    }
}
