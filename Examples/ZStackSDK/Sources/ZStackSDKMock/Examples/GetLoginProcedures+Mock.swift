public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetLoginProcedures``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getLoginProceduresExample = #"""
        {
          "procedures": [
            {
              "order": 1,
              "name": "name",
              "properties": {
                "key": "properties"
              }
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getLoginProcedures(
        _ request: GetLoginProcedures.Request
    ) async throws -> GetLoginProcedures.Response {
        try Self.example(GetLoginProcedures.Response.self, json: Self.getLoginProceduresExample)
    }
}
