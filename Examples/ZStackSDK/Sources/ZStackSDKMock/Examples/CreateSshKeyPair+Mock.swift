public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateSshKeyPair``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createSshKeyPairExample = #"""
        {
          "inventory": {
            "uuid": "8c1096afd70a3758b572b02e69820b18",
            "name": "name",
            "description": "description",
            "publicKey": "publicKey",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createSshKeyPair(
        _ request: CreateSshKeyPair.Request
    ) async throws -> CreateSshKeyPair.Response {
        try Self.example(CreateSshKeyPair.Response.self, json: Self.createSshKeyPairExample)
    }
}
