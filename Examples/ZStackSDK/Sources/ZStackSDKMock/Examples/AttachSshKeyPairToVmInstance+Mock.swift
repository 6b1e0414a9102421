public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachSshKeyPairToVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachSshKeyPairToVmInstanceExample = #"""
        {
          "inventory": {
            "uuid": "df56b4e7bcb31586c9ef4c840a981d89",
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
    public func attachSshKeyPairToVmInstance(
        _ request: AttachSshKeyPairToVmInstance.Request
    ) async throws -> AttachSshKeyPairToVmInstance.Response {
        try Self.example(AttachSshKeyPairToVmInstance.Response.self, json: Self.attachSshKeyPairToVmInstanceExample)
    }
}
