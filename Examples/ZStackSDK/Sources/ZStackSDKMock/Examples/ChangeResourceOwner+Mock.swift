public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeResourceOwner``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeResourceOwnerExample = #"""
        {
          "success": true,
          "inventory": {
            "accountUuid": "255691ec9123c281d9ba902a92066852",
            "resourceUuid": "717e31c9d847bd71cb09ad560d41fa08",
            "resourceType": "resourceType",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeResourceOwner(
        _ request: ChangeResourceOwner.Request
    ) async throws -> ChangeResourceOwner.Response {
        try Self.example(ChangeResourceOwner.Response.self, json: Self.changeResourceOwnerExample)
    }
}
