public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CheckApiPermission``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let checkApiPermissionExample = #"""
        {
          "success": true,
          "inventory": {
            "key": "inventory"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func checkApiPermission(
        _ request: CheckApiPermission.Request
    ) async throws -> CheckApiPermission.Response {
        try Self.example(CheckApiPermission.Response.self, json: Self.checkApiPermissionExample)
    }
}
