public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryEventLog``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryEventLogExample = #"""
        {
          "inventories": [
            {
              "id": 1,
              "content": "content",
              "resourceUuid": "f9ec73302d50bf859dcc8abe260dc495",
              "resourceType": "resourceType",
              "category": "category",
              "trackingId": "trackingId",
              "type": "type",
              "time": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryEventLog(
        _ request: QueryEventLog.Request
    ) async throws -> QueryEventLog.Response {
        try Self.example(QueryEventLog.Response.self, json: Self.queryEventLogExample)
    }
}
