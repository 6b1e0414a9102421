public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GenerateSshKeyPair``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let generateSshKeyPairExample = #"""
        {
          "inventory": {
            "uuid": "fd2906b9397e7217654128f3452574c4",
            "name": "name",
            "description": "description",
            "publicKey": "publicKey",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "privateKey": "privateKey"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func generateSshKeyPair(
        _ request: GenerateSshKeyPair.Request
    ) async throws -> GenerateSshKeyPair.Response {
        try Self.example(GenerateSshKeyPair.Response.self, json: Self.generateSshKeyPairExample)
    }
}
