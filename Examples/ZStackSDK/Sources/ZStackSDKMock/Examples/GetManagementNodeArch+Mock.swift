public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetManagementNodeArch``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getManagementNodeArchExample = #"""
        {
          "architecture": "architecture",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getManagementNodeArch(
        _ request: GetManagementNodeArch.Request
    ) async throws -> GetManagementNodeArch.Response {
        try Self.example(GetManagementNodeArch.Response.self, json: Self.getManagementNodeArchExample)
    }
}
