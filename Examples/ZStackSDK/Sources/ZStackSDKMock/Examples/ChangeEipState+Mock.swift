public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeEipState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeEipStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "8f3453325a8451b04da5610ee910a51c",
            "name": "name",
            "description": "description",
            "vmNicUuid": "c0df5d27ad30a6eaa43bf5a911c4fc05",
            "vipUuid": "5c4319b5ef70c21a4a9eed821a69684f",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vipIp": "vipIp",
            "guestIp": "guestIp"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeEipState(
        _ request: ChangeEipState.Request
    ) async throws -> ChangeEipState.Response {
        try Self.example(ChangeEipState.Response.self, json: Self.changeEipStateExample)
    }
}
