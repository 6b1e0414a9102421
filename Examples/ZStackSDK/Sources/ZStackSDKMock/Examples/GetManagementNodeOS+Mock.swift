public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetManagementNodeOS``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getManagementNodeOSExample = #"""
        {
          "name": "name",
          "version": "version",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getManagementNodeOS(
        _ request: GetManagementNodeOS.Request
    ) async throws -> GetManagementNodeOS.Response {
        try Self.example(GetManagementNodeOS.Response.self, json: Self.getManagementNodeOSExample)
    }
}
