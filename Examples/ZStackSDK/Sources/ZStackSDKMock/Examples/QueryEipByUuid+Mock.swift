public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryEipByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryEipByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "df5349b3641860f697b508a0d87b8d97",
              "name": "name",
              "description": "description",
              "vmNicUuid": "5d058074e0fa76f037e67052d5fe040c",
              "vipUuid": "d34e496a1f178e6821128e1665d24b43",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "state": "state",
              "vipIp": "vipIp",
              "guestIp": "guestIp"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryEipByUuid(
        _ request: QueryEipByUuid.Request
    ) async throws -> QueryEipByUuid.Response {
        try Self.example(QueryEipByUuid.Response.self, json: Self.queryEipByUuidExample)
    }
}
